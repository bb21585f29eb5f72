using System.Collections.Immutable;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Dynamic labels <c>:$(expression)</c> (Neo4j 5.24; Cypher manual 5, "SET" › "Dynamically setting a label", "REMOVE" ›
/// "Dynamically removing a label"). SET and REMOVE take them; in patterns (MATCH, CREATE, MERGE, with <c>$any</c> and
/// <c>$all</c>) they are valid Neo4j 5.26 that this engine does not run yet, and are refused naming the feature.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>At <c>$(</c>, <c>$any(</c> or <c>$all(</c>.</summary>
    private bool IsDynamicReferenceStart() =>
        Check(TokenKind.Dollar)
        || (Check(TokenKind.Parameter) && Current.Text.ToUpperInvariant() is "ANY" or "ALL"
            && PeekToken().Kind == TokenKind.LeftParen && PeekToken().Start == Current.End);

    /// <summary>Refuses a dynamic label or type in a pattern, where this engine does not support one yet.</summary>
    private void RefuseDynamicPatternLabel()
    {
        if (IsDynamicReferenceStart())
        {
            SyntaxErrors.ThrowUnsupported(_source, Current.Span, "A dynamic label or relationship type in a pattern (:$(…), :$any(…), :$all(…))");
        }
    }

    /// <summary>
    /// <c>:A:$(expression):B</c> after the variable of a SET or REMOVE item: the static labels and the expressions of the
    /// dynamic ones, which may be chained with <c>:</c> like static ones.
    /// </summary>
    private (ImmutableArray<string> Labels, ImmutableArray<Expression> Dynamic) ParseUpdateLabels()
    {
        var labels = ImmutableArray.CreateBuilder<string>();
        var dynamic = ImmutableArray.CreateBuilder<Expression>();
        Expect(TokenKind.Colon, "':' and a label");
        do
        {
            if (Accept(TokenKind.Dollar))
            {
                Expect(TokenKind.LeftParen, "'(' after '$' in a dynamic label");
                dynamic.Add(ParseExpression());
                Expect(TokenKind.RightParen, "')' closing the dynamic label");
            }
            else
            {
                labels.Add(ExpectName("a label name or $(expression) after ':'"));
            }
        }
        while (Accept(TokenKind.Colon));

        return (labels.ToImmutable(), dynamic.ToImmutable());
    }
}
