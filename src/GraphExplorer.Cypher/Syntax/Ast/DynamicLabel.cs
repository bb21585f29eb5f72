namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// A dynamic label or relationship type in a pattern (Neo4j 5.26; Cypher manual 5, "MATCH" › "Match nodes and
/// relationships using dynamic node labels and relationship types", "CREATE" › "Dynamically CREATE nodes and
/// relationships", "MERGE" › "Dynamically MERGE nodes and relationships"): <c>$(e)</c> and <c>$all(e)</c> require every
/// name <paramref name="Value"/> gives, <c>$any(e)</c> (matching only) one of them. The value is a STRING or a
/// LIST&lt;STRING&gt;, known only per row, so the parser keeps these apart from the static label expression
/// (<see cref="NodePattern.DynamicLabels"/>, <see cref="RelationshipPattern.DynamicTypes"/>).
/// </summary>
public sealed record DynamicLabel(Expression Value, bool MatchesAny, SourceSpan Span) : LabelExpression(Span)
{
    /// <summary>A dynamic name is known only when a row is evaluated; the parser never leaves one in a static expression.</summary>
    public override bool Matches(Func<string, bool> has, bool hasAny) =>
        throw new InvalidOperationException("A dynamic label is matched per row (NodeStep.DynamicLabels), not as a static label expression");

    /// <summary>As written: <c>$(e)</c> or <c>$any(e)</c>.</summary>
    public string Spelling => MatchesAny ? "$any(…)" : "$(…)";
}
