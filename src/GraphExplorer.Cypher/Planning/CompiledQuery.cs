using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Storage;

namespace GraphExplorer.Cypher.Planning;

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
    /// inner transaction of its own (see <see cref="Execution.Operators.InTransactionsOperator"/>).
    /// </summary>
    public bool InTransactions { get; init; }

    public required int SlotCount { get; init; }

    /// <summary>Names of the parameters the statement reads (checked before it runs).</summary>
    public required IReadOnlyCollection<string> Parameters { get; init; }

    /// <summary>The schema the plan was made for; a plan made for another schema is compiled again.</summary>
    public required SchemaState Schema { get; init; }

    /// <summary>The node count the start points were chosen for; far from it, the plan is made again.</summary>
    public long NodeCountAtCompile { get; init; }

    /// <summary>An EXPLAIN-like description of the operators, one per line.</summary>
    public string PlanDescription =>
        string.Join("\n", Parts.Select((p, i) => (Parts.Length > 1 ? $"Union branch {i + 1}:\n" : "") + string.Join("\n", p.Operators.Select(o => o.Description))));
}
