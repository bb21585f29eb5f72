using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>One item of a WITH or RETURN: its column name, its expression and the slot it is projected into.</summary>
internal sealed record ProjectedColumn(string Name, Expression Expression, int Slot);

/// <summary>
/// The items of an aggregating or DISTINCT projection as later expressions read them: a sub-expression written like an
/// item reads that item's slot (<c>ORDER BY count(*) + 1</c>, <c>WITH DISTINCT a.x AS x WHERE a.x = 1</c>).
/// </summary>
internal sealed record ProjectedItems(IReadOnlyList<Expression> Expressions, IReadOnlyList<int> Slots);

/// <summary>WITH or RETURN without aggregates: each item evaluated in <see cref="Scope"/> into its slot.</summary>
internal sealed record Projection(LogicalOperator? Input, IReadOnlyList<ProjectedColumn> Columns, Scope Scope) : LogicalOperator
{
    public override string Name => "Projection";
}

/// <summary>
/// WITH or RETURN with aggregates: the items without aggregates (<see cref="IsAggregate"/> false) are the grouping
/// keys; the others are computed over each group. Without keys, one row even for no input. With a
/// <see cref="Degree"/> (<see cref="DegreeShortcut"/>), every aggregate is a count and each input row counts as many
/// times as its node's degree (a row of degree 0 not at all). With <see cref="MatchesPushed"/>, the input is a MATCH
/// whose matches are aggregated as the matcher finds them, without making a row per match.
/// </summary>
internal sealed record Aggregation(
    LogicalOperator? Input, IReadOnlyList<ProjectedColumn> Columns, IReadOnlyList<bool> IsAggregate, Scope Scope, RelationshipDegree? Degree = null) : LogicalOperator
{
    public IEnumerable<ProjectedColumn> GroupingKeys => Columns.Where((_, i) => !IsAggregate[i]);

    /// <summary>
    /// The input is a MATCH run inside the aggregation, handing each match over as its walk finds it (push): a scan
    /// grouped by anything costs a hash-table update per match on one reused row instead of a row object made, queued
    /// and copied per match (pull). The matches, hence the answers and their order, are the pulled ones. An OPTIONAL
    /// MATCH is still pulled (it makes a row for an input row without matches anyway).
    /// </summary>
    public bool MatchesPushed => Input is PatternMatch { Optional: false };

    public override string Name => GroupingKeys.Any() ? "EagerAggregation" : "Aggregation";

    public override string? Details => Degree is not null ? $"count = {Degree}" : MatchesPushed ? "matches aggregated as found" : null;
}

/// <summary>DISTINCT: the first row of each combination of the values in <see cref="Slots"/>.</summary>
internal sealed record Distinct(LogicalOperator? Input, IReadOnlyList<int> Slots) : LogicalOperator
{
    public override string Name => "Distinct";
}

/// <summary>
/// One ORDER BY key: a projected column read from <see cref="ColumnSlot"/>, or <see cref="Expression"/> evaluated in
/// <see cref="Scope"/> (reading projected items through <see cref="Over"/> after aggregation or DISTINCT).
/// </summary>
internal sealed record SortKey(Expression Expression, bool Descending, Scope Scope, int? ColumnSlot = null, ProjectedItems? Over = null);

/// <summary>ORDER BY without LIMIT: every row, sorted (stable).</summary>
internal sealed record Sort(LogicalOperator? Input, IReadOnlyList<SortKey> Keys) : LogicalOperator
{
    public override string Name => "Sort";
}

/// <summary>ORDER BY with LIMIT: only the first <see cref="Skip"/> + <see cref="Limit"/> rows are kept while sorting.</summary>
internal sealed record Top(LogicalOperator? Input, IReadOnlyList<SortKey> Keys, Expression? Skip, Expression Limit) : LogicalOperator
{
    public override string Name => "Top";
}

/// <summary>SKIP and LIMIT without ORDER BY; both are read once, before the first row (no variables).</summary>
internal sealed record SkipLimit(LogicalOperator? Input, Expression? Skip, Expression? Limit) : LogicalOperator
{
    public override string Name => "SkipLimit";
}
