using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// Opaque Relay cursors, signed and bound to the list that issued them. A cursor holds the edge's position in the
/// ordered list, the list's total when it was issued and a digest of the list's identity (which list, of which parent,
/// with which filter and order); an HMAC-SHA256 with the server's key seals the three. Decoding checks, in order: the
/// form and the seal (<c>INVALID_CURSOR</c>: not a cursor, or altered), the identity (<c>FOREIGN_CURSOR</c>: issued by
/// another list, filter or order), the total (<c>STALE_CURSOR</c>: the list gained or lost items since, so positions
/// moved) and the position (<c>CURSOR_OUT_OF_RANGE</c>). Positions (not keys) keep every sort, counts included,
/// exact and cheap; the total check is what makes a moved position an error rather than a silent skip or repeat.
/// The key is the process's unless one is given: cursors then do not survive a restart (they are refused as
/// <c>INVALID_CURSOR</c>), which is the price of needing no secret in the configuration. Thread-safe (immutable).
/// </summary>
public sealed class CursorCodec(byte[] key)
{
    private const byte Version = 2;
    private const int DigestLength = 12;
    private const int SealLength = 16;
    private const int PayloadLength = 1 + 8 + 4 + DigestLength;

    /// <summary>A codec with a random key made when the process started.</summary>
    public static CursorCodec Process { get; } = new(RandomNumberGenerator.GetBytes(32));

    public string Encode(long offset, int total, string identity)
    {
        Span<byte> bytes = stackalloc byte[PayloadLength + SealLength];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], offset);
        BinaryPrimitives.WriteInt32BigEndian(bytes[9..], total);
        Digest(identity).CopyTo(bytes[13..]);
        Seal(bytes[..PayloadLength]).CopyTo(bytes[PayloadLength..]);
        return Base64Url(bytes);
    }

    /// <summary>The position a cursor designates in the list <paramref name="identity"/> names, now <paramref name="total"/> long.</summary>
    /// <param name="path">The argument, for errors: <c>after</c> or <c>before</c>.</param>
    public long Decode(string cursor, string identity, int total, string path) => Verify(Open(cursor, path), identity, total);

    /// <summary>Checks a cursor's form and seal, and reads it; <see cref="Verify"/> checks it against its list.</summary>
    public OpenedCursor Open(string cursor, string path)
    {
        var bytes = FromBase64Url(cursor);
        if (bytes is not { Length: PayloadLength + SealLength } || bytes[0] != Version
            || !CryptographicOperations.FixedTimeEquals(Seal(bytes.AsSpan(0, PayloadLength)), bytes.AsSpan(PayloadLength)))
        {
            throw ApplicationErrors.Cursor(ApplicationErrorCode.InvalidCursor, path,
                $"'{Shorten(cursor)}' is not a cursor this server issued (malformed, altered, or issued before the server restarted)");
        }

        return new OpenedCursor(
            BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1)),
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(9)),
            bytes.AsSpan(13, DigestLength).ToArray(),
            path);
    }

    /// <summary>The cursor's position, once it is known to come from this list, unchanged since, and to point into it.</summary>
    public static long Verify(OpenedCursor cursor, string identity, int total)
    {
        if (!cursor.Digest.AsSpan().SequenceEqual(Digest(identity)))
        {
            throw ApplicationErrors.Cursor(ApplicationErrorCode.ForeignCursor, cursor.Path,
                "the cursor was issued by another list, parent, filter or order; page with the same arguments that gave it");
        }

        if (cursor.Total != total)
        {
            throw ApplicationErrors.Cursor(ApplicationErrorCode.StaleCursor, cursor.Path,
                $"the list changed since the cursor was issued ({cursor.Total} items then, {total} now); start again from the first page");
        }

        if (cursor.Offset < 0 || cursor.Offset >= total)
        {
            throw ApplicationErrors.Cursor(ApplicationErrorCode.CursorOutOfRange, cursor.Path,
                $"the cursor points at item {cursor.Offset} of a list of {total}");
        }

        return cursor.Offset;
    }

    private byte[] Seal(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(key, payload)[..SealLength];

    private static byte[] Digest(string identity) => SHA256.HashData(Encoding.UTF8.GetBytes(identity))[..DigestLength];

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        if (text.Length > 200)
        {
            return null;
        }

        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}

/// <summary>A cursor whose seal is checked: its position, the total and list digest it was issued with, and the argument it came in.</summary>
public sealed record OpenedCursor(long Offset, int Total, byte[] Digest, string Path);
