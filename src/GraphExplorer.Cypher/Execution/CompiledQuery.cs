using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Storage;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// A statement ready to run any number of times with different parameters: one pipeline per UNION branch (one for
/// a single query), the result columns, and what the statement needs (a writer or just a snapshot).
/// </summary>
/// <remarks>Immutable and thread-safe: cached by query text and shared by concurrent executions.</remarks>
internal sealed class CompiledQuery
{
    public required QueryPipeline[] Parts { get; init; }

    /// <summary>UNION (not UNION ALL): duplicate rows are removed from the combined result.</summary>
    public required bool UnionDistinct { get; init; }

    public required string[] Columns { get; init; }

    /// <summary>True when the statement may write (then it runs in a write transaction).</summary>
    public required bool Updating { get; init; }

    /// <summary>
    /// True when the statement holds <c>CALL { … } IN TRANSACTIONS</c>: it runs only in auto-commit, each batch in an
    /// inner transaction of its own (see <see cref="Operators.InTransactionsOperator"/>).
    /// </summary>
    public bool InTransactions { get; init; }

    public required int SlotCount { get; init; }

    /// <summary>Names of the parameters the statement reads (checked before it runs).</summary>
    public required IReadOnlyCollection<string> Parameters { get; init; }

    /// <summary>The schema the plan was made for; a plan made for another schema is compiled again.</summary>
    public required SchemaState Schema { get; init; }

    /// <summary>The node count the start points were chosen for; far from it, the plan is made again.</summary>
    public long NodeCountAtCompile { get; init; }

    /// <summary>Notifications the statement earns every time it runs (found while compiling it).</summary>
    public IReadOnlyList<Database.QueryNotification> Notifications { get; init; } = [];

    /// <summary>PROFILE: each run measures the operators of <see cref="Parts"/> (see <see cref="Profiling.QueryProfiler"/>).</summary>
    public bool Profiled { get; init; }

    /// <summary>The logical plan the pipelines were built from.</summary>
    public required LogicalPlan Plan { get; init; }

    /// <summary>An EXPLAIN-like description of the logical plan's operators, one per line (<c>Match: NodeByLabelScan(o:Org)</c>).</summary>
    public string PlanDescription
    {
        get
        {
            var branches = Plan.Query.Branches;
            return string.Join("\n", branches.Select((b, i) =>
                (branches.Count > 1 ? $"Union branch {i + 1}:\n" : "")
                + string.Join("\n", b.Root.Pipeline().Select(o => o.Description))));
        }
    }
}
