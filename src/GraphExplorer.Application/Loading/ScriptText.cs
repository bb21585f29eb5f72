using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// Reads script files as strict UTF-8, as streams: a byte sequence that is not UTF-8 is refused with its offset rather
/// than read as U+FFFD (which would apply a script different from the file). A byte-order mark is skipped.
/// </summary>
internal static class ScriptText
{
    private const int BufferSize = 1 << 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A reader of the file's text. Reading throws <see cref="DecoderFallbackException"/> on bytes that are not UTF-8.</summary>
    public static TextReader Open(string path) => new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true, BufferSize);

    /// <summary>SHA-256 of the text's UTF-8 bytes with every <c>\r\n</c> read as <c>\n</c>, in one pass of bounded memory.</summary>
    /// <exception cref="InvalidDataException">The file is not UTF-8.</exception>
    public static string Checksum(string path)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        var chars = ArrayPool<char>.Shared.Rent(BufferSize + 1);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(BufferSize + 1));
        try
        {
            using var reader = Open(path);
            var carriageReturnPending = false;
            int read;
            while ((read = reader.Read(chars, 1, BufferSize)) > 0)
            {
                // A '\r' that ended the previous buffer is written now, unless this buffer starts with its '\n'.
                var start = 1;
                if (carriageReturnPending && chars[1] != '\n')
                {
                    chars[0] = '\r';
                    start = 0;
                }

                var end = 1 + read;
                carriageReturnPending = chars[end - 1] == '\r';
                if (carriageReturnPending)
                {
                    end--;
                }

                var length = Normalize(chars.AsSpan(start, end - start));
                var count = encoder.GetBytes(chars, start, length, bytes, 0, flush: false);
                hash.AppendData(bytes, 0, count);
            }

            var last = carriageReturnPending ? encoder.GetBytes(['\r'], 0, 1, bytes, 0, flush: true) : encoder.GetBytes([], 0, 0, bytes, 0, flush: true);
            hash.AppendData(bytes, 0, last);
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8(path);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Removes every '\r' that precedes a '\n' in place; returns the new length.</summary>
    private static int Normalize(Span<char> text)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            text[written++] = text[i];
        }

        return written;
    }

    private static InvalidDataException NotUtf8(string path)
    {
        var offset = FirstInvalidByte(path);
        return new InvalidDataException(
            $"{path}: not UTF-8: the bytes at offset {offset} are no UTF-8 character; save the script as UTF-8 (nothing of it was applied).");
    }

    /// <summary>The offset of the first byte sequence that is not UTF-8 (the file is scanned in bounded memory).</summary>
    private static long FirstInvalidByte(string path)
    {
        using var stream = File.OpenRead(path);
        var bytes = new byte[BufferSize];
        var chars = new char[BufferSize];
        long offset = 0;
        var kept = 0;
        int read;
        while ((read = stream.Read(bytes, kept, bytes.Length - kept)) > 0 || kept > 0)
        {
            var available = kept + read;
            var final = read == 0;
            var status = Utf8.ToUtf16(bytes.AsSpan(0, available), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
            if (status == OperationStatus.InvalidData)
            {
                return offset + consumed;
            }

            if (final)
            {
                break;
            }

            // An incomplete sequence at the end of the buffer is kept for the next read.
            kept = available - consumed;
            bytes.AsSpan(consumed, kept).CopyTo(bytes);
            offset += consumed;
        }

        return offset;
    }
}
