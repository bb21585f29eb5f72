using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// The clauses Neo4j 5 adds to openCypher 9: <c>FINISH</c>, <c>USE database</c>, the standalone <c>ORDER BY</c>,
/// <c>SKIP</c>/<c>OFFSET</c> and <c>LIMIT</c> clauses (5.24+), GQL's <c>INSERT</c>, Cypher 25's <c>FILTER</c> and
/// <c>LET</c>, <c>LOAD CSV</c> (its own partial), and the <c>CYPHER</c> pre-parser prefix of a statement; what Neo4j
/// has and this engine does not (administration commands, GQL's conditional queries) is named as not supported rather
/// than reported as a syntax error.
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

            case "INSERT":
                {
                    // GQL's INSERT (Neo4j 5.18+) creates what CREATE creates.
                    Advance();
                    clause = new CreateClause(ParsePattern(PatternContext.Create), SpanFrom(token));
                    return true;
                }

            case "FILTER":
                {
                    // FILTER [WHERE] predicate (Cypher 25) keeps the rows the predicate holds for: WITH * WHERE predicate.
                    Advance();
                    AcceptKeyword("WHERE");
                    var predicate = ParseWhereExpression();
                    var span = SpanFrom(token);
                    clause = new WithClause(new ProjectionBody(false, true, [], [], null, null, span), predicate, span);
                    return true;
                }

            case "LET":
                {
                    // LET v = expression, … (Cypher 25) adds variables to every row: WITH *, expression AS v, ….
                    Advance();
                    var items = System.Collections.Immutable.ImmutableArray.CreateBuilder<ProjectionItem>();
                    do
                    {
                        var itemStart = Current;
                        var name = ExpectName("a variable name after LET");
                        Expect(TokenKind.Equal, "'=' after the variable of LET");
                        var expression = ParseExpression();
                        items.Add(new ProjectionItem(expression, name, _source.Text[expression.Span.Start..expression.Span.End], SpanFrom(itemStart)));
                    }
                    while (Accept(TokenKind.Comma));

                    var span = SpanFrom(token);
                    clause = new WithClause(new ProjectionBody(false, true, items.ToImmutable(), [], null, null, span), null, span);
                    return true;
                }

            case "LOAD" when IsKeywordAt(1, "CSV"):
                clause = ParseLoadCsv();
                return true;
            case "NEXT" or "WHEN" or "TERMINATE":
                throw SyntaxErrors.Create(
                    _source,
                    "UnsupportedFeature",
                    $"{token.Text.ToUpperInvariant()} is not supported by this engine",
                    token.Span);
            default:
                return false;
        }
    }

    /// <summary>
    /// Neo4j's administration commands, which manage servers, databases, users and privileges: the embedded engine has
    /// one database and no users, so it names them as not supported instead of reporting a syntax error.
    /// </summary>
    private void RefuseAdministrationCommand()
    {
        var first = Current.Text.ToUpperInvariant();
        var second = PeekToken().Kind == TokenKind.Identifier ? PeekToken().Text.ToUpperInvariant() : "";
        var command = (first, second) switch
        {
            ("GRANT" or "DENY" or "REVOKE" or "TERMINATE" or "ENABLE" or "DEALLOCATE" or "REALLOCATE", _) => first,
            ("CREATE", "OR") => "CREATE OR REPLACE",
            ("CREATE" or "ALTER" or "DROP" or "START" or "STOP", "DATABASE" or "USER" or "ROLE" or "ALIAS" or "COMPOSITE" or "SERVER") => $"{first} {second}",
            ("ALTER" or "RENAME", _) => $"{first} {second}",
            ("SHOW", "DATABASE" or "DATABASES" or "DEFAULT" or "HOME" or "USER" or "USERS" or "CURRENT" or "ROLE" or "ROLES"
                or "POPULATED" or "PRIVILEGE" or "PRIVILEGES" or "SUPPORTED" or "TRANSACTION" or "TRANSACTIONS" or "SETTING"
                or "SETTINGS" or "SERVER" or "SERVERS" or "ALIAS" or "ALIASES") when !IsShowRoutines() => $"SHOW {second}",
            _ => null,
        };
        if (command is not null)
        {
            throw SyntaxErrors.Create(_source, "UnsupportedFeature", $"{command.Trim()} is not supported by this engine (it has one database, neo4j, and no users or privileges)", Current.Span);
        }
    }

    /// <summary>
    /// <c>CYPHER [5 | 25] [option=value …]</c> before a statement: the language version (Neo4j 5 and Cypher 25 read the
    /// statements this engine runs alike) and the planner and runtime options, which it ignores.
    /// </summary>
    private void SkipPreParserOptions()
    {
        _cypher25 = false;
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

            _cypher25 = version.Text == "25";
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
