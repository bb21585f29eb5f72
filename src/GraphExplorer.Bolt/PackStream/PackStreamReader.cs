using System.Buffers.Binary;
using System.Text;

namespace GraphExplorer.Bolt.PackStream;

/// <summary>
/// Reads one PackStream value from a whole message: null, bool, long, double, string, byte[],
/// <see cref="List{T}"/> of values, <see cref="Dictionary{TKey,TValue}"/> from string to value, or
/// <see cref="PackStreamStructure"/>. Malformed input throws <see cref="PackStreamException"/> naming the offset.
/// </summary>
/// <remarks>A mutable cursor over memory it does not own; not thread-safe.</remarks>
internal ref struct PackStreamReader(ReadOnlySpan<byte> data)
{
    /// <summary>Nesting deeper than this is refused, so a hostile message cannot exhaust the stack.</summary>
    public const int MaxDepth = 512;

    private readonly ReadOnlySpan<byte> data = data;
    private int position;

    public readonly bool AtEnd => position >= data.Length;

    public readonly int Position => position;

    public object? ReadValue() => ReadValue(0);

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new PackStreamException($"PackStream values nest deeper than {MaxDepth} levels (at byte {position}).");
        }

        var markerOffset = position;
        var marker = ReadByte();
        var high = marker & 0xF0;
        var low = marker & 0x0F;
        if (marker < 0x80)
        {
            return (long)marker;
        }

        if (marker >= 0xF0)
        {
            return (long)(sbyte)marker;
        }

        switch (high)
        {
            case PackStreamMarker.TinyString: return ReadString(low);
            case PackStreamMarker.TinyList: return ReadList(low, depth);
            case PackStreamMarker.TinyMap: return ReadMap(low, depth);
            case PackStreamMarker.TinyStruct: return ReadStructure(low, depth);
        }

        return marker switch
        {
            PackStreamMarker.Null => null,
            PackStreamMarker.True => true,
            PackStreamMarker.False => false,
            PackStreamMarker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            PackStreamMarker.Int8 => (long)(sbyte)ReadByte(),
            PackStreamMarker.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            PackStreamMarker.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            PackStreamMarker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            PackStreamMarker.Bytes8 => Take(ReadByte()).ToArray(),
            PackStreamMarker.Bytes16 => Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray(),
            PackStreamMarker.Bytes32 => Take(ReadSize32()).ToArray(),
            PackStreamMarker.String8 => ReadString(ReadByte()),
            PackStreamMarker.String16 => ReadString(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            PackStreamMarker.String32 => ReadString(ReadSize32()),
            PackStreamMarker.List8 => ReadList(ReadByte(), depth),
            PackStreamMarker.List16 => ReadList(BinaryPrimitives.ReadUInt16BigEndian(Take(2)), depth),
            PackStreamMarker.List32 => ReadList(ReadSize32(), depth),
            PackStreamMarker.Map8 => ReadMap(ReadByte(), depth),
            PackStreamMarker.Map16 => ReadMap(BinaryPrimitives.ReadUInt16BigEndian(Take(2)), depth),
            PackStreamMarker.Map32 => ReadMap(ReadSize32(), depth),
            _ => throw new PackStreamException($"Unknown PackStream marker 0x{marker:X2} at byte {markerOffset}."),
        };
    }

    private string ReadString(int length) => Encoding.UTF8.GetString(Take(length));

    private List<object?> ReadList(int count, int depth)
    {
        EnsureAtLeast(count);
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue(depth + 1));
        }

        return list;
    }

    private Dictionary<string, object?> ReadMap(int count, int depth)
    {
        EnsureAtLeast(count * 2);
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var keyOffset = position;
            if (ReadValue(depth + 1) is not string key)
            {
                throw new PackStreamException($"A PackStream map key at byte {keyOffset} is not a string.");
            }

            // PackStream says a repeated key keeps its last value.
            map[key] = ReadValue(depth + 1);
        }

        return map;
    }

    private PackStreamStructure ReadStructure(int fieldCount, int depth)
    {
        var tag = ReadByte();
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = ReadValue(depth + 1);
        }

        return new PackStreamStructure(tag, fields);
    }

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        if (size < 0)
        {
            throw new PackStreamException($"A PackStream size above 2^31 - 1 at byte {position - 4}.");
        }

        return size;
    }

    /// <summary>Every element takes at least one byte, so a count larger than what is left is malformed (and would
    /// otherwise allocate a huge list from a tiny message).</summary>
    private readonly void EnsureAtLeast(int bytes)
    {
        if (bytes > data.Length - position)
        {
            throw new PackStreamException($"A PackStream collection at byte {position} claims more elements than the message holds.");
        }
    }

    private byte ReadByte()
    {
        if (position >= data.Length)
        {
            throw new PackStreamException($"The PackStream message ends early (at byte {position}).");
        }

        return data[position++];
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > data.Length - position)
        {
            throw new PackStreamException($"The PackStream message ends early: {length} bytes wanted at byte {position}, {data.Length - position} left.");
        }

        var slice = data.Slice(position, length);
        position += length;
        return slice;
    }
}
