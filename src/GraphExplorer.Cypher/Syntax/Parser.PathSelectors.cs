using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Neo4j 5's path selectors before a path pattern (Cypher manual, "Patterns", "Shortest paths"): <c>ANY SHORTEST</c>,
/// <c>SHORTEST 1</c>, <c>ALL SHORTEST</c>, <c>ANY</c>, <c>ALL</c>, each optionally followed by PATH or PATHS. They
/// select what <c>shortestPath(…)</c> and <c>allShortestPaths(…)</c> select; <c>SHORTEST k</c> and <c>ANY k</c> with
/// k above 1 and <c>SHORTEST k GROUPS</c> with k above 1 are refused as not supported by this engine.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>True at a path selector: ANY, ALL or SHORTEST where a pattern part starts.</summary>
    private bool IsPathSelectorAhead() =>
        Current.Kind == TokenKind.Identifier
        && (IsKeyword("SHORTEST") || IsKeyword("ANY") || IsKeyword("ALL"))
        && PeekToken().Kind is TokenKind.LeftParen or TokenKind.Integer or TokenKind.Identifier;

    private PathSelector ParsePathSelector()
    {
        var start = Current;
        PathSelector selector;
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
                RefuseMoreThanOne(ParseOptionalCount(), start, "ANY k");
                selector = PathSelector.ShortestPath;
            }
        }
        else
        {
            ExpectKeyword("SHORTEST");
            var count = ParseOptionalCount() ?? 1;
            if (AcceptKeyword("GROUP") || AcceptKeyword("GROUPS"))
            {
                RefuseMoreThanOne(count, start, "SHORTEST k GROUPS");
                selector = PathSelector.AllShortestPaths;
            }
            else
            {
                RefuseMoreThanOne(count, start, "SHORTEST k");
                selector = PathSelector.ShortestPath;
            }
        }

        if (!AcceptKeyword("PATHS"))
        {
            AcceptKeyword("PATH");
        }

        return selector;
    }

    private long? ParseOptionalCount() => Check(TokenKind.Integer) ? ParseLengthBound() : null;

    private void RefuseMoreThanOne(long? count, Token start, string form)
    {
        if (count is 0)
        {
            SyntaxErrors.ThrowNotAllowedHere(_source, start.Span, $"The path count of {form} must be at least 1");
        }

        if (count > 1)
        {
            ThrowUnsupportedPattern(start.Span, $"{form} with k above 1 is not supported by this engine; use SHORTEST 1, ANY SHORTEST or ALL SHORTEST");
        }
    }
}
