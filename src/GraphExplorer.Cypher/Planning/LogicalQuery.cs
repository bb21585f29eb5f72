using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Planning;

/// <summary>One single query's plan: its last operator and, when it returns, its columns and their slots.</summary>
internal sealed record LogicalBranch(LogicalOperator Root, IReadOnlyList<string> Columns, IReadOnlyList<int> ColumnSlots);

/// <summary>
/// A query's logical plan: one branch, or the branches of a UNION (ALL when not <see cref="UnionDistinct"/>), whose
/// rows are concatenated.
/// </summary>
internal sealed record LogicalQuery(IReadOnlyList<LogicalBranch> Branches, bool UnionDistinct)
{
    /// <summary>The result columns (a UNION's branches have the same ones).</summary>
    public IReadOnlyList<string> Columns => Branches[0].Columns;
}

/// <summary>A subquery's plan and the columns it returns, with the slots that hold them in the joined rows.</summary>
internal sealed record LogicalSubquery(LogicalQuery Query, IReadOnlyList<VariableInfo> Columns);

/// <summary>
/// A statement's logical plan: the query, whether it may write (then it runs in a write transaction) and whether it
/// holds <c>CALL { … } IN TRANSACTIONS</c> (then it runs only in auto-commit).
/// </summary>
internal sealed record LogicalPlan(LogicalQuery Query, bool Updating, bool InTransactions)
{
    /// <summary>PROFILE: the query runs as planned and each of its operators is measured while it runs.</summary>
    public bool Profiled { get; init; }
}
