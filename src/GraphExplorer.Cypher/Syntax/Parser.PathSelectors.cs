using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Neo4j 5's path selectors before a path pattern (Cypher manual, "Patterns", "Shortest paths"): <c>ANY SHORTEST</c>,
/// <c>SHORTEST 1</c>, <c>ALL SHORTEST</c>, <c>ANY</c>, <c>ALL</c>, each optionally followed by PATH or PATHS. They
/// select what <c>shortestPath(…)</c> and <c>allShortestPaths(…)</c> select; <c>SHORTEST k</c> and <c>ANY k</c> select k
/// paths per partition, <c>SHORTEST k GROUPS</c> the paths of the k shortest lengths (<see cref="PatternPart.PathCount"/>).
/// </summary>
internal sealed partial class Parser
{
    /// <summary>True at a path selector: ANY, ALL or SHORTEST where a pattern part starts.</summary>
    private bool IsPathSelectorAhead() =>
        Current.Kind == TokenKind.Identifier
        && (IsKeyword("SHORTEST") || IsKeyword("ANY") || IsKeyword("ALL"))
        && PeekToken().Kind is TokenKind.LeftParen or TokenKind.Integer or TokenKind.Identifier;

    private (PathSelector Selector, int Count) ParsePathSelector()
    {
        var start = Current;
        PathSelector selector;
        var count = 1;
        if (AcceptKeyword("ALL"))
        {
            selector = AcceptKeyword("SHORTEST") ? PathSelector.AllShortestPaths : PathSelector.All;
        }
        else if (AcceptKeyword("ANY"))
        {
            if (AcceptKeyword("SHORTEST"))
            {
                selector = PathSelector.ShortestPath;
            }
            else
            {
                // ANY k: any k paths; the k shortest are as good as any.
                count = CheckedCount(ParseOptionalCount() ?? 1, start, "ANY k");
                selector = PathSelector.ShortestPath;
            }
        }
        else
        {
            ExpectKeyword("SHORTEST");
            var written = ParseOptionalCount() ?? 1;
            if (AcceptKeyword("GROUP") || AcceptKeyword("GROUPS"))
            {
                count = CheckedCount(written, start, "SHORTEST k GROUPS");
                selector = PathSelector.AllShortestPaths;
            }
            else
            {
                count = CheckedCount(written, start, "SHORTEST k");
                selector = PathSelector.ShortestPath;
            }
        }

        if (!AcceptKeyword("PATHS"))
        {
            AcceptKeyword("PATH");
        }

        return (selector, count);
    }

    private long? ParseOptionalCount() => Check(TokenKind.Integer) ? ParseLengthBound() : null;

    private int CheckedCount(long count, Token start, string form)
    {
        if (count == 0)
        {
            SyntaxErrors.ThrowNotAllowedHere(_source, start.Span, $"The path count of {form} must be at least 1");
        }

        return (int)Math.Min(count, int.MaxValue);
    }
}
