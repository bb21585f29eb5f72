using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// The properties of a compact snapshot's entities, kept in the encoding the snapshot file gives them and decoded into
/// a <see cref="PropertyMap"/> only when an entity's properties are read: opening a database copies bytes instead of
/// building a map and boxing a value per property. An entity's properties are addressed by a locator (segment index
/// in the high 32 bits, byte offset in the low 32; <see cref="None"/> when it has none).
/// </summary>
/// <remarks>
/// Thread-safe (immutable). Encoding of one entity's properties: <c>count varint</c>, then <c>count</c> pairs of
/// <c>key token varint</c> (an index into <see cref="Tokens"/>) and a value (<see cref="PropertyValueCodec"/>). The bytes
/// were checksummed when the snapshot was read; null values are dropped on decoding, as a <see cref="PropertyMap"/>
/// never holds them.
/// </remarks>
internal sealed class PropertyBlock(byte[][] segments, string[] tokens)
{
    public const long None = -1;

    public static readonly PropertyBlock Empty = new([], []);

    public string[] Tokens { get; } = tokens;

    public static long Locator(int segment, int offset) => ((long)segment << 32) | (uint)offset;

    public PropertyMap Decode(long locator)
    {
        if (locator == None)
        {
            return PropertyMap.Empty;
        }

        var reader = new PayloadReader(segments[(int)(locator >> 32)].AsSpan((int)(locator & uint.MaxValue)));
        var count = reader.ReadCount();
        var entries = new KeyValuePair<string, object>[count];
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var key = Tokens[checked((int)reader.ReadVarUInt64())];
            if (PropertyValueCodec.Read(ref reader) is { } value)
            {
                entries[kept++] = new(key, value);
            }
        }

        if (kept < count)
        {
            Array.Resize(ref entries, kept);
        }

        return PropertyMap.FromDistinct(entries);
    }

    /// <summary>
    /// The value of one key (null when the entity has none), decoding that value alone: the other values are skipped,
    /// so that reading one property of many entities (a scan filtering or grouping by it) makes no map and no other value.
    /// </summary>
    public object? Get(long locator, string key)
    {
        if (locator == None)
        {
            return null;
        }

        var reader = new PayloadReader(segments[(int)(locator >> 32)].AsSpan((int)(locator & uint.MaxValue)));
        var count = reader.ReadCount();
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(Tokens[checked((int)reader.ReadVarUInt64())], key, StringComparison.Ordinal))
            {
                return PropertyValueCodec.Read(ref reader);
            }

            PropertyValueCodec.Skip(ref reader);
        }

        return null;
    }

    /// <summary>Every stored pair, null values included, in stored order (for rebuilding the mutation that held them).</summary>
    public List<KeyValuePair<string, object?>> DecodePairs(long locator)
    {
        if (locator == None)
        {
            return [];
        }

        var reader = new PayloadReader(segments[(int)(locator >> 32)].AsSpan((int)(locator & uint.MaxValue)));
        var count = reader.ReadCount();
        var pairs = new List<KeyValuePair<string, object?>>(count);
        for (var i = 0; i < count; i++)
        {
            var key = Tokens[checked((int)reader.ReadVarUInt64())];
            pairs.Add(new(key, PropertyValueCodec.Read(ref reader)));
        }

        return pairs;
    }
}
