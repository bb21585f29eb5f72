using GraphExplorer.Database;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary><c>LOAD CSV [WITH HEADERS] FROM url AS variable [FIELDTERMINATOR 'c']</c>.</summary>
internal sealed partial class Parser
{
    private LoadCsvClause ParseLoadCsv()
    {
        var start = ExpectKeyword("LOAD");
        ExpectKeyword("CSV");
        var withHeaders = false;
        if (AcceptKeyword("WITH"))
        {
            ExpectKeyword("HEADERS");
            withHeaders = true;
        }

        ExpectKeyword("FROM");
        var url = ParseExpression();
        ExpectKeyword("AS");
        var variable = ExpectName("a variable name after AS");
        var terminator = LoadCsvClause.DefaultFieldTerminator;
        if (IsKeyword("FIELDTERMINATOR"))
        {
            Advance();
            var literal = Current;
            Expect(TokenKind.String, "a string of one character after FIELDTERMINATOR");
            if (literal.Text.Length != 1)
            {
                // Neo4j's message for a terminator of another length.
                throw SyntaxErrors.Create(_source, "InvalidFieldTerminator", "CSV field terminator can only be one character wide", literal.Span, GqlConditions.InvalidFieldTerminator);
            }

            terminator = literal.Text[0];
        }

        return new LoadCsvClause(withHeaders, url, variable, terminator, SpanFrom(start));
    }
}
