using System.Runtime.CompilerServices;
using GraphExplorer.Cypher.Execution.Profiling;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Runs a compiled query in a context and materialises its result (the statement ends here).</summary>
internal static class QueryRunner
{
    public static QueryResult Run(CompiledQuery query, QueryContext ctx, long? maxRows)
    {
        foreach (var name in query.Parameters)
        {
            if (!ctx.Parameters.ContainsKey(name))
            {
                throw CypherErrors.ParameterMissing(name, null);
            }
        }

        QueryProfiler? profiler = null;
        if (query.Profiled)
        {
            profiler = new QueryProfiler(query);
            ctx.StartProfiling(profiler);
        }

        var rows = new List<object?[]>();
        try
        {
            foreach (var part in query.Parts)
            {
                foreach (var row in part.Run(new object?[query.SlotCount], ctx))
                {
                    if (part.ColumnSlots.Length == 0)
                    {
                        continue; // a query without RETURN yields no rows (its clauses still run)
                    }

                    var values = new object?[part.ColumnSlots.Length];
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = row[part.ColumnSlots[i]];
                    }

                    rows.Add(values);
                    if (maxRows is { } max && rows.Count > max)
                    {
                        throw CypherErrors.TooManyRows(max);
                    }
                }
            }
        }
        catch (InsufficientExecutionStackException)
        {
            throw new CypherException(CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime, "StackDepthExceeded",
                "The query nests or expands too deeply to run (e.g. an unbounded variable-length pattern over a very long chain).");
        }

        var distinct = new OperatorCounters();
        if (query.UnionDistinct)
        {
            rows = profiler is null ? WithoutDuplicates(rows) : profiler.Measure(() => WithoutDuplicates(rows), distinct);
        }

        ctx.Transaction?.EndStatement();
        var produced = new OperatorCounters { Rows = rows.Count };
        var records = profiler is null ? Records(query.Columns, rows, ctx) : profiler.Measure(() => Records(query.Columns, rows, ctx), produced);
        return new QueryResult(query.Columns, records, ctx.Statistics.ToStatistics())
        {
            Notifications = query.Notifications,
            Profile = profiler is null ? null : ProfiledPlanBuilder.Build(query, profiler, produced, distinct.Ticks),
        };
    }

    private static List<object?[]> WithoutDuplicates(List<object?[]> rows)
    {
        var seen = new HashSet<object?[]>(ValueComparer.RowEquivalence);
        return rows.Where(seen.Add).ToList();
    }

    /// <summary>The rows as public values (nodes and relationships read from the statement's view).</summary>
    private static List<CypherRecord> Records(string[] keys, List<object?[]> rows, QueryContext ctx)
    {
        var records = new List<CypherRecord>(rows.Count);
        foreach (var row in rows)
        {
            var values = new object?[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                values[i] = ResultConverter.ToPublic(row[i], ctx.Graph);
            }

            records.Add(new CypherRecord(keys, values));
        }

        return records;
    }

    /// <summary>Guards deep recursion (variable-length expansion) against overflowing the thread's stack.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureStack() => RuntimeHelpers.EnsureSufficientExecutionStack();
}
