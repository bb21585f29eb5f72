using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// MATCH or OPTIONAL MATCH of a planned pattern: each input row is joined with every match (an optional match keeps a
/// row without matches, its new variables null — an optional apply of the pattern to the row).
/// </summary>
internal sealed record PatternMatch(LogicalOperator? Input, PatternPlan Pattern, bool Optional) : LogicalOperator
{
    public override string Name => Optional ? "OptionalMatch" : "Match";

    public override string? Details => Pattern.ToString();
}

/// <summary>
/// Keeps the rows <see cref="Predicate"/> holds for, evaluated in <see cref="Scope"/>. After an aggregating or DISTINCT
/// projection, <see cref="Over"/> names the projected items that sub-expressions written alike read instead.
/// </summary>
internal sealed record Filter(LogicalOperator? Input, Expression Predicate, Scope Scope, ProjectedItems? Over = null) : LogicalOperator
{
    public override string Name => "Filter";
}

/// <summary>UNWIND: one row per element of <see cref="List"/> (evaluated in <see cref="Scope"/>), the element in <see cref="Slot"/>.</summary>
internal sealed record Unwind(LogicalOperator? Input, Expression List, Scope Scope, int Slot) : LogicalOperator
{
    public override string Name => "Unwind";
}

/// <summary>
/// LOAD CSV: per input row, one row per record of the file at <see cref="Url"/> (evaluated in <see cref="Scope"/>), the
/// record in <see cref="Slot"/>: a list of strings, or with headers a map from the header's names.
/// </summary>
internal sealed record LoadCsv(LogicalOperator? Input, Expression Url, Scope Scope, int Slot, bool WithHeaders, char FieldTerminator, LoadCsvClause Syntax) : LogicalOperator
{
    public override string Name => "LoadCSV";

    public override string? Details => WithHeaders ? "WITH HEADERS" : null;
}
