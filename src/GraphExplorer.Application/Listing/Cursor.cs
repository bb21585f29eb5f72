using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphExplorer.Application.Domain;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// Opaque Relay cursors: keyset cursors, signed and bound to the list that issued them. A cursor holds the sort key of
/// its edge's item (the values the list orders by, the item's id last, which makes the order total) and a digest of the
/// list's identity (which list, of which parent, with which filter and order); an HMAC-SHA256 with the server's key
/// seals both. Decoding checks the form and the seal (<c>INVALID_CURSOR</c>: not a cursor, or altered) and the identity
/// (<c>FOREIGN_CURSOR</c>: issued by another list, filter or order); the page then starts right after (or ends right
/// before) that key, wherever it now stands. So a cursor stays valid and exact across writes, as Relay clients expect:
/// items added or removed elsewhere in the list neither shift nor repeat the next page, and a cursor whose own item was
/// since removed or changed still marks the same place in the order.
/// The key comes from <c>GraphQL:CursorKey</c> or a key file the server keeps (so cursors survive restarts); without
/// one, the process's (cursors then stop working at a restart, as <c>INVALID_CURSOR</c>). Thread-safe (immutable).
/// </summary>
public sealed class CursorCodec(byte[] key)
{
    private const byte Version = 3;
    private const int DigestLength = 12;
    private const int SealLength = 16;

    /// <summary>Longest cursor text accepted: sort keys of long names, with room to spare.</summary>
    private const int MaxLength = 8192;

    /// <summary>A codec with a random key made when the process started.</summary>
    public static CursorCodec Process { get; } = new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The cursor of an item sorting at <paramref name="sortKey"/> in the list <paramref name="identity"/> names.</summary>
    public string Encode(IReadOnlyList<object?> sortKey, string identity)
    {
        var values = SortKeyValues.ToJson(sortKey);
        var bytes = new byte[1 + DigestLength + values.Length + SealLength];
        bytes[0] = Version;
        Digest(identity).CopyTo(bytes, 1);
        values.CopyTo(bytes, 1 + DigestLength);
        Seal(bytes.AsSpan(0, bytes.Length - SealLength)).CopyTo(bytes, bytes.Length - SealLength);
        return Base64Url(bytes);
    }

    /// <summary>The sort key a cursor marks in the list <paramref name="identity"/> names.</summary>
    /// <param name="path">The argument, for errors: <c>after</c> or <c>before</c>.</param>
    public IReadOnlyList<object?> Decode(string cursor, string identity, string path) => Verify(Open(cursor, path), identity);

    /// <summary>Checks a cursor's form and seal, and reads it; <see cref="Verify"/> checks it against its list.</summary>
    public OpenedCursor Open(string cursor, string path)
    {
        var bytes = FromBase64Url(cursor);
        IReadOnlyList<object?>? values = null;
        if (bytes is not { Length: > 1 + DigestLength + SealLength } || bytes[0] != Version
            || !CryptographicOperations.FixedTimeEquals(Seal(bytes.AsSpan(0, bytes.Length - SealLength)), bytes.AsSpan(bytes.Length - SealLength))
            || (values = SortKeyValues.FromJson(bytes.AsSpan(1 + DigestLength, bytes.Length - 1 - DigestLength - SealLength))) is null)
        {
            throw ApplicationErrors.Cursor(ApplicationErrorCode.InvalidCursor, path,
                $"'{Shorten(cursor)}' is not a cursor this server issued (malformed, altered, or signed with another key)");
        }

        return new OpenedCursor(values, bytes.AsSpan(1, DigestLength).ToArray(), path);
    }

    /// <summary>The cursor's sort key, once it is known to come from this list (same list, parent, filter and order).</summary>
    public static IReadOnlyList<object?> Verify(OpenedCursor cursor, string identity)
    {
        if (!cursor.Digest.AsSpan().SequenceEqual(Digest(identity)))
        {
            throw ApplicationErrors.Cursor(ApplicationErrorCode.ForeignCursor, cursor.Path,
                "the cursor was issued by another list, parent, filter or order; page with the same arguments that gave it");
        }

        return cursor.SortKey;
    }

    private byte[] Seal(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(key, payload)[..SealLength];

    private static byte[] Digest(string identity) => SHA256.HashData(Encoding.UTF8.GetBytes(identity))[..DigestLength];

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        if (text.Length > MaxLength)
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

/// <summary>A cursor whose seal is checked: the sort key and list digest it was issued with, and the argument it came in.</summary>
public sealed record OpenedCursor(IReadOnlyList<object?> SortKey, byte[] Digest, string Path);

/// <summary>
/// The values of a sort key as a cursor stores them: JSON, each value as itself (text, number, boolean, null) or, for a
/// date, <c>{"date": "2024-06-11"}</c>, so that it goes back to the database as the same Cypher type it was read as.
/// </summary>
internal static class SortKeyValues
{
    public static byte[] ToJson(IReadOnlyList<object?> values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case string text:
                        json.WriteStringValue(text);
                        break;
                    case bool flag:
                        json.WriteBooleanValue(flag);
                        break;
                    case long or int:
                        json.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    case double number:
                        // A float stays a float (1.0, not 1), so the cursor's value is exactly the one read.
                        json.WriteStartObject();
                        json.WriteNumber("float", number);
                        json.WriteEndObject();
                        break;
                    case CypherDate date:
                        json.WriteStartObject();
                        json.WriteString("date", date.ToString());
                        json.WriteEndObject();
                        break;
                    default:
                        throw new InvalidOperationException($"A sort key value of type {value.GetType().Name} cannot be put in a cursor.");
                }
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>The values, or null when the bytes are not a sort key (only a forged cursor with a valid seal could get here).</summary>
    public static IReadOnlyList<object?>? FromJson(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var values = new List<object?>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                values.Add(element.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => element.GetString(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => element.GetInt64(),
                    JsonValueKind.Object when element.TryGetProperty("float", out var number) => number.GetDouble(),
                    JsonValueKind.Object when element.TryGetProperty("date", out var date) =>
                        new CypherDate(DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                    _ => throw new FormatException("not a sort key value"),
                });
            }

            return values;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
