using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary><c>CREATE FULLTEXT INDEX</c> (Neo4j 5 Cypher manual, "Full-text indexes").</summary>
internal sealed partial class Parser
{
    private CreateFullTextIndexStatement ParseCreateFullTextIndex(Token start)
    {
        ExpectKeyword("FULLTEXT");
        ExpectKeyword("INDEX");
        var name = ParseSchemaName();
        var ifNotExists = ParseIfNotExists();
        ExpectKeyword("FOR");
        var (entity, variable, labelsOrTypes) = ParseSchemaTargetWithAlternatives();
        ExpectKeyword("ON");
        ExpectKeyword("EACH");
        Expect(TokenKind.LeftBracket, "'[' before the indexed properties, as in ON EACH [n.name, n.title]");
        var properties = ImmutableArray.CreateBuilder<string>();
        do
        {
            properties.Add(ParseSchemaProperty(variable));
        }
        while (Accept(TokenKind.Comma));

        Expect(TokenKind.RightBracket, "',' or ']' after an indexed property");
        var options = AcceptKeyword("OPTIONS") ? ParseMapLiteral() : null;
        return new CreateFullTextIndexStatement(name, ifNotExists, entity, variable, labelsOrTypes, properties.ToImmutable(), options, SpanFrom(start));
    }

    /// <summary>
    /// <c>(n:A|B)</c> or <c>()-[r:R|S]-()</c> (any direction): one or more labels or types separated by '|' (only
    /// full-text indexes take more than one).
    /// </summary>
    private (SchemaEntity Entity, string Variable, ImmutableArray<string> LabelsOrTypes) ParseSchemaTargetWithAlternatives()
    {
        Expect(TokenKind.LeftParen, "'(' and a node pattern such as (n:Label), or ()-[r:TYPE]-()");
        if (Accept(TokenKind.RightParen))
        {
            Accept(TokenKind.LessThan);
            Expect(TokenKind.Minus, "'-[' after '()'");
            Expect(TokenKind.LeftBracket, "'[' and a relationship such as [r:TYPE]");
            var relationship = ExpectName("a variable in [r:TYPE]");
            Expect(TokenKind.Colon, "':' and a relationship type");
            var types = ParseAlternatives("a relationship type");
            Expect(TokenKind.RightBracket, "'|' or ']'");
            Expect(TokenKind.Minus, "'-'");
            Accept(TokenKind.GreaterThan);
            Expect(TokenKind.LeftParen, "'()'");
            Expect(TokenKind.RightParen, "')'");
            return (SchemaEntity.Relationship, relationship, types);
        }

        var variable = ExpectName("a variable in (n:Label)");
        Expect(TokenKind.Colon, "':' and a label");
        var labels = ParseAlternatives("a label");
        Expect(TokenKind.RightParen, "'|' or ')'");
        return (SchemaEntity.Node, variable, labels);
    }

    private ImmutableArray<string> ParseAlternatives(string what)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        do
        {
            names.Add(ExpectName(what));
        }
        while (Accept(TokenKind.Pipe));

        return names.ToImmutable();
    }
}
