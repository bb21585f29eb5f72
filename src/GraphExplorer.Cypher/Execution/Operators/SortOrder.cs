using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Operators;

/// <summary>A row with its ORDER BY key values and its arrival number, which breaks ties so that equal keys keep input order.</summary>
internal readonly record struct SortEntry(object?[] Row, object?[] Keys, long Arrival);

/// <summary>
/// The order of ORDER BY: key by key in Cypher's ORDER BY order (<see cref="ValueComparer.OrderCompare"/>), a
/// descending key reversed, then by arrival, so that sorting is stable.
/// </summary>
/// <remarks>Immutable and thread-safe: shared by the executions of a compiled query.</remarks>
internal sealed class SortOrder(Evaluator[] keys, bool[] descending) : IComparer<SortEntry>
{
    /// <summary>Evaluates the keys of one row.</summary>
    public SortEntry Entry(object?[] row, long arrival, QueryContext ctx) => Entry(row, arrival, ctx, new object?[keys.Length]);

    /// <summary>Evaluates the keys of one row into <paramref name="values"/> (a buffer of <see cref="KeyCount"/> values, reused by the caller).</summary>
    public SortEntry Entry(object?[] row, long arrival, QueryContext ctx, object?[] values)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            values[i] = keys[i](row, ctx);
        }

        return new SortEntry(row, values, arrival);
    }

    public int KeyCount => keys.Length;

    public int Compare(SortEntry a, SortEntry b)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var c = ValueComparer.OrderCompare(a.Keys[i], b.Keys[i]);
            if (c != 0)
            {
                return descending[i] ? -c : c;
            }
        }

        return a.Arrival.CompareTo(b.Arrival);
    }
}
