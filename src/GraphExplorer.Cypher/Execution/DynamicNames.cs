using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// The names a dynamic label, relationship type or property key evaluates to (Neo4j 5.24–5.26; Cypher manual 5,
/// "SET" › "Dynamically setting a label", "MATCH" › "Match nodes and relationships using dynamic node labels and
/// relationship types"): a STRING or a LIST&lt;STRING&gt; for labels and types, a STRING for keys; never empty text.
/// </summary>
internal static class DynamicNames
{
    /// <summary>The labels (or types, <paramref name="what"/>) <paramref name="value"/> names, in order.</summary>
    public static IReadOnlyList<string> Labels(object? value, Expression at, string what = "label") => value switch
    {
        string label => [Name(label, what, at)],
        IReadOnlyList<object?> list => list.Select(item => item is string label
            ? Name(label, what, at)
            : throw CypherErrors.InvalidArgumentType($"A dynamic {what} must be a STRING or a LIST<STRING>, but the list holds a {Operations.TypeName(item)}", at)).ToList(),
        _ => throw CypherErrors.InvalidArgumentType($"A dynamic {what} must be a STRING or a LIST<STRING>, got {Operations.TypeName(value)}", at),
    };

    public static string Name(string name, string what, Expression at) =>
        name.Length > 0 ? name : throw CypherErrors.InvalidArgumentValue($"A dynamic {what} cannot be the empty string", at);
}

/// <summary>
/// A compiled dynamic label or type of a pattern: <see cref="Value"/> gives the names for a row; a node must carry
/// all of them (<c>$(e)</c>, <c>$all(e)</c>) or one of them (<c>$any(e)</c>); a relationship's one type must be each
/// of them (so two different names match nothing) or one of them.
/// </summary>
internal sealed class DynamicLabelCheck(Evaluator value, DynamicLabel syntax)
{
    public DynamicLabel Syntax => syntax;

    /// <summary>Whether an entity that has a name when <paramref name="has"/> says so passes, for this row.</summary>
    public bool Matches(Func<string, bool> has, object?[] row, QueryContext ctx)
    {
        var names = DynamicNames.Labels(value(row, ctx), syntax.Value);
        return syntax.MatchesAny ? names.Any(has) : names.All(has);
    }
}
