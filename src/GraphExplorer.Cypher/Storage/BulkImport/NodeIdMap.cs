using System.Globalization;

namespace GraphExplorer.Cypher.Storage.BulkImport;

/// <summary>
/// The node id each CSV id was given, per id space. Integer ids are kept as <see cref="long"/> keys (16 bytes a node
/// plus the table); string ids are stored once each, and looked up from the CSV reader's field span without
/// allocating. Not thread-safe: one per import.
/// </summary>
internal sealed class NodeIdMap(ImportIdType idType)
{
    private readonly Dictionary<string, Dictionary<long, long>> integerSpaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, long>> stringSpaces = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="nodeId"/> for <paramref name="csvId"/>; false if the id space already has it.</summary>
    public bool TryAdd(string space, ReadOnlySpan<char> csvId, long nodeId)
    {
        if (idType == ImportIdType.Integer)
        {
            return Integers(space).TryAdd(ParseInteger(csvId), nodeId);
        }

        var lookup = Strings(space).GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryAdd(csvId, nodeId);
    }

    public bool TryGet(string space, ReadOnlySpan<char> csvId, out long nodeId)
    {
        nodeId = -1;
        if (idType == ImportIdType.Integer)
        {
            return long.TryParse(csvId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var key)
                && integerSpaces.TryGetValue(space, out var integers) && integers.TryGetValue(key, out nodeId);
        }

        return stringSpaces.TryGetValue(space, out var strings) && strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(csvId, out nodeId);
    }

    /// <summary>Whether <paramref name="csvId"/> is an id of this map's type (every string is; integers must parse).</summary>
    public bool IsValid(ReadOnlySpan<char> csvId) =>
        idType == ImportIdType.String || long.TryParse(csvId, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static long ParseInteger(ReadOnlySpan<char> csvId) => long.Parse(csvId, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private Dictionary<long, long> Integers(string space)
    {
        if (!integerSpaces.TryGetValue(space, out var map))
        {
            integerSpaces.Add(space, map = []);
        }

        return map;
    }

    private Dictionary<string, long> Strings(string space)
    {
        if (!stringSpaces.TryGetValue(space, out var map))
        {
            stringSpaces.Add(space, map = new Dictionary<string, long>(StringComparer.Ordinal));
        }

        return map;
    }
}
