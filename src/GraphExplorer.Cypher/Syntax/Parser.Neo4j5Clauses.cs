using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// The clauses Neo4j 5 adds to openCypher 9: <c>FINISH</c>, <c>USE database</c>, the standalone <c>ORDER BY</c>,
/// <c>SKIP</c>/<c>OFFSET</c> and <c>LIMIT</c> clauses (5.24+), and the <c>CYPHER</c> pre-parser prefix of a statement.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>
    /// Names of the query options Neo4j 5's pre-parser accepts after <c>CYPHER</c> (Cypher manual, "Query options").
    /// They choose how Neo4j plans and runs a query, never its result; the embedded engine has one planner and one
    /// runtime, so it accepts and ignores them.
    /// </summary>
    private static readonly HashSet<string> QueryOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "runtime", "planner", "expressionEngine", "operatorEngine", "interpretedPipesFallback", "replan",
        "connectComponentsPlanner", "updateStrategy", "debug", "inferSchemaParts", "eagerAnalyzer", "labelInference",
        "statefulShortestPlanningMode", "parallelRuntimeSupport",
    };

    private bool TryParseNeo4j5Clause(out Clause clause)
    {
        var token = Current;
        clause = null!;
        switch (token.Text.ToUpperInvariant())
        {
            case "FINISH":
                Advance();
                clause = new FinishClause(token.Span);
                return true;
            case "USE":
                Advance();
                clause = new UseClause(ParseQualifiedName("a database name after USE"), SpanFrom(token));
                return true;
            case "ORDER" when IsKeywordAt(1, "BY"):
            case "SKIP" or "OFFSET" or "LIMIT":
                {
                    // Standalone ORDER BY / SKIP / LIMIT mean WITH * ORDER BY … SKIP … LIMIT … (Cypher manual, "ORDER BY", "SKIP", "LIMIT").
                    var (orderBy, skip, limit) = ParseOrderSkipLimit();
                    var span = SpanFrom(token);
                    clause = new WithClause(new ProjectionBody(false, true, [], orderBy, skip, limit, span), null, span);
                    return true;
                }

            default:
                return false;
        }
    }

    /// <summary>
    /// <c>CYPHER [5 | 25] [option=value …]</c> before a statement: the language version (Neo4j 5 and Cypher 25 read the
    /// statements this engine runs alike) and the planner and runtime options, which it ignores.
    /// </summary>
    private void SkipPreParserOptions()
    {
        if (!IsKeyword("CYPHER"))
        {
            return;
        }

        Advance();
        if (Check(TokenKind.Integer) || Check(TokenKind.Float))
        {
            var version = Advance();
            if (version.Text is not ("5" or "25"))
            {
                SyntaxErrors.ThrowNotAllowedHere(_source, version.Span, $"Cypher version {version.Text} is not supported by this engine: use CYPHER 5 or CYPHER 25");
            }
        }

        while (IsName() && PeekToken().Kind == TokenKind.Equal)
        {
            var name = Advance();
            if (!QueryOptions.Contains(name.Text))
            {
                SyntaxErrors.ThrowNotAllowedHere(_source, name.Span, $"Unsupported query option '{name.Text}' after CYPHER");
            }

            Advance();
            if (!IsName() && !Check(TokenKind.Integer))
            {
                Fail($"a value for the query option {name.Text}");
            }

            Advance();
        }
    }
}
