using System.Buffers.Binary;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>The 21-byte header in front of every record payload (layout in <see cref="JournalFormat"/>).</summary>
internal readonly record struct RecordHeader(byte Version, int Length, long Sequence, uint PayloadCrc)
{
    /// <summary>Writes the header of a record holding <paramref name="payload"/>.</summary>
    public static void Write(Span<byte> destination, long sequence, ReadOnlySpan<byte> payload, byte version = JournalFormat.RecordVersion)
    {
        destination[0] = version;
        BinaryPrimitives.WriteUInt32LittleEndian(destination[1..], (uint)payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(destination[5..], sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[13..], Crc32C.Compute(payload));
        BinaryPrimitives.WriteUInt32LittleEndian(destination[17..], Crc32C.Compute(destination[..17]));
    }

    /// <summary>
    /// Parses a header whose own checksum matches, whatever its version byte; false for anything else (a torn write,
    /// garbage, zeros). A length above <see cref="JournalFormat.MaxPayloadLength"/> is refused as well.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> source, out RecordHeader header)
    {
        header = default;
        var length = BinaryPrimitives.ReadUInt32LittleEndian(source[1..]);
        if (length > JournalFormat.MaxPayloadLength
            || BinaryPrimitives.ReadUInt32LittleEndian(source[17..]) != Crc32C.Compute(source[..17]))
        {
            return false;
        }

        header = new RecordHeader(
            source[0],
            (int)length,
            BinaryPrimitives.ReadInt64LittleEndian(source[5..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[13..]));
        return true;
    }
}
