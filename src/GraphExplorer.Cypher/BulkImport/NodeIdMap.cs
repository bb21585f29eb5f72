using System.Globalization;
using System.Runtime.CompilerServices;

namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// The node id each CSV id was given, per id space. Integer ids from 0 up to a bound that grows with the number of
/// nodes are kept in a dense array indexed by the CSV id (4 bytes a slot: generated and exported ids are mostly dense
/// from 0, and a lookup is then one array read); others in a dictionary. String ids are stored once each and looked up
/// from the CSV reader's field span without allocating. Not thread-safe: one per import.
/// </summary>
internal sealed class NodeIdMap(ImportIdType idType)
{
    private readonly Dictionary<string, IntegerIds> integerSpaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, long>> stringSpaces = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="nodeId"/> for <paramref name="csvId"/>; false if the id space already has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAdd(string space, ReadOnlySpan<char> csvId, long nodeId)
    {
        if (idType == ImportIdType.Integer)
        {
            if (!integerSpaces.TryGetValue(space, out var integers))
            {
                integerSpaces.Add(space, integers = new IntegerIds());
            }

            return integers.TryAdd(ParseInteger(csvId), nodeId);
        }

        if (!stringSpaces.TryGetValue(space, out var strings))
        {
            stringSpaces.Add(space, strings = new Dictionary<string, long>(StringComparer.Ordinal));
        }

        return strings.GetAlternateLookup<ReadOnlySpan<char>>().TryAdd(csvId, nodeId);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(string space, ReadOnlySpan<char> csvId, out long nodeId)
    {
        nodeId = -1;
        if (idType == ImportIdType.Integer)
        {
            return TryParseInteger(csvId, out var key) && integerSpaces.TryGetValue(space, out var integers) && integers.TryGet(key, out nodeId);
        }

        return stringSpaces.TryGetValue(space, out var strings) && strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(csvId, out nodeId);
    }

    /// <summary>Whether <paramref name="csvId"/> is an id of this map's type (every string is; integers must parse).</summary>
    public bool IsValid(ReadOnlySpan<char> csvId) => idType == ImportIdType.String || TryParseInteger(csvId, out _);

    private static long ParseInteger(ReadOnlySpan<char> csvId) =>
        TryParseInteger(csvId, out var value) ? value : throw new FormatException($"'{csvId}' is not an integer.");

    /// <summary>
    /// <see cref="long.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out long)"/> with
    /// <see cref="NumberStyles.Integer"/>, with a fast path for what ids nearly always are: up to 18 plain digits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryParseInteger(ReadOnlySpan<char> text, out long value)
    {
        if (text.Length is > 0 and <= 18)
        {
            long result = 0;
            var i = 0;
            for (; i < text.Length; i++)
            {
                var digit = (uint)(text[i] - '0');
                if (digit > 9)
                {
                    break;
                }

                result = result * 10 + digit;
            }

            if (i == text.Length)
            {
                value = result;
                return true;
            }
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>One id space's integer ids: a dense array for small non-negative ids, a dictionary for the rest.</summary>
    private sealed class IntegerIds
    {
        /// <summary>Dense slots beyond this many are taken only while they stay within twice the node count.</summary>
        private const int FreeDenseSlots = 1 << 20;

        private readonly Dictionary<long, long> sparse = [];
        private int[] dense = new int[1024];
        private long count;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryAdd(long csvId, long nodeId)
        {
            count++;
            if (csvId >= 0 && nodeId < int.MaxValue - 1 && csvId < Math.Max(FreeDenseSlots, 2 * count) && csvId < Array.MaxLength)
            {
                if (csvId >= dense.Length)
                {
                    Array.Resize(ref dense, (int)Math.Min(Array.MaxLength, Math.Max(csvId + 1, 2L * dense.Length)));
                }

                // Slots hold node id + 1, so that 0 is "no node"; an id seen before in the sparse part is not taken twice.
                if (dense[csvId] != 0 || sparse.ContainsKey(csvId))
                {
                    return false;
                }

                dense[csvId] = (int)nodeId + 1;
                return true;
            }

            return sparse.TryAdd(csvId, nodeId);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryGet(long csvId, out long nodeId)
        {
            if ((ulong)csvId < (ulong)dense.Length && dense[csvId] != 0)
            {
                nodeId = dense[csvId] - 1;
                return true;
            }

            return sparse.TryGetValue(csvId, out nodeId);
        }
    }
}
