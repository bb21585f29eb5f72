using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// A growable byte buffer with the primitive encodings of <see cref="JournalFormat"/> (varints, zigzag, strings).
/// </summary>
/// <remarks>Not thread-safe; reused across records by one writer (call <see cref="Clear"/> between them).</remarks>
internal sealed class PayloadWriter
{
    private byte[] _buffer;
    private int _length;

    public PayloadWriter(int initialCapacity = 256) => _buffer = new byte[Math.Max(16, initialCapacity)];

    public int Length => _length;

    public int Capacity => _buffer.Length;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public void Clear() => _length = 0;

    /// <summary>Reserves <paramref name="count"/> bytes (zeroed) to be filled in later through <see cref="WrittenSpanForUpdate"/>.</summary>
    public void Skip(int count)
    {
        Ensure(count);
        _buffer.AsSpan(_length, count).Clear();
        _length += count;
    }

    /// <summary>The bytes written so far, writable: for headers reserved with <see cref="Skip"/>.</summary>
    public Span<byte> WrittenSpanForUpdate => _buffer.AsSpan(0, _length);

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void WriteBoolean(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteVarUInt64(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    /// <summary>Writes a signed integer zigzag-encoded, so small magnitudes of either sign stay short.</summary>
    public void WriteVarInt64(long value) => WriteVarUInt64((ulong)((value << 1) ^ (value >> 63)));

    public void WriteCount(int count) => WriteVarUInt64((ulong)count);

    public void WriteDouble(double value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), BitConverter.DoubleToInt64Bits(value));
        _length += 8;
    }

    /// <summary>
    /// Writes <c>(byteCount &lt;&lt; 1) | utf16</c> then the bytes: UTF-8 for well-formed strings, raw UTF-16LE for
    /// strings holding lone surrogates (which UTF-8 cannot carry), so that every .NET string reads back identical.
    /// </summary>
    public void WriteString(ReadOnlySpan<char> value)
    {
        // UTF-8 takes at most 3 bytes per UTF-16 code unit; short strings (most property values) are encoded on the stack.
        var maxUtf8 = checked(value.Length * 3);
        byte[]? rented = maxUtf8 <= 512 ? null : ArrayPool<byte>.Shared.Rent(maxUtf8);
        try
        {
            var utf8 = rented is null ? stackalloc byte[512] : rented;
            var status = Utf8.FromUtf16(value, utf8, out _, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                WriteVarUInt64((ulong)written << 1);
                WriteBytes(utf8[..written]);
                return;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        var utf16 = MemoryMarshal.AsBytes(value);
        WriteVarUInt64(((ulong)utf16.Length << 1) | 1);
        if (BitConverter.IsLittleEndian)
        {
            WriteBytes(utf16);
        }
        else
        {
            foreach (var c in value)
            {
                Ensure(2);
                BinaryPrimitives.WriteUInt16LittleEndian(_buffer.AsSpan(_length), c);
                _length += 2;
            }
        }
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int extra)
    {
        var needed = checked(_length + extra);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var capacity = Math.Max(needed, _buffer.Length <= Array.MaxLength / 2 ? _buffer.Length * 2 : Array.MaxLength);
        Array.Resize(ref _buffer, capacity);
    }
}
