using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// A label expression (Neo4j 5 Cypher manual, "Label expressions"): <c>A</c>, <c>%</c> (any label), <c>!e</c>,
/// <c>e&amp;f</c> (also written <c>e:f</c>), <c>e|f</c>, with parentheses for grouping. The same tree serves node labels
/// and relationship types, in patterns and in predicates (<c>n:A|B</c>, <c>n IS A</c>); precedence from highest:
/// <c>!</c>, <c>&amp;</c>, <c>|</c>.
/// </summary>
public abstract record LabelExpression(SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary>
    /// Whether an entity carrying labels (a node) or one type (a relationship) satisfies the expression.
    /// <paramref name="has"/> answers for one label or type name; <paramref name="hasAny"/> is whether it has any
    /// (<c>%</c>: a node with at least one label, every relationship).
    /// </summary>
    public abstract bool Matches(Func<string, bool> has, bool hasAny);

    /// <summary>The names of a plain conjunction <c>:A:B</c> / <c>A&amp;B</c>, or false for any other shape.</summary>
    public bool TryGetConjunction(out ImmutableArray<string> names)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        var plain = Collect(this, builder);
        names = plain ? builder.ToImmutable() : [];
        return plain;

        static bool Collect(LabelExpression expression, ImmutableArray<string>.Builder into) => expression switch
        {
            LabelName name => Add(into, name.Name),
            LabelAnd and => Collect(and.Left, into) && Collect(and.Right, into),
            _ => false,
        };

        static bool Add(ImmutableArray<string>.Builder into, string name)
        {
            into.Add(name);
            return true;
        }
    }
}

/// <summary>One label or relationship type name.</summary>
public sealed record LabelName(string Name, SourceSpan Span) : LabelExpression(Span)
{
    public override bool Matches(Func<string, bool> has, bool hasAny) => has(Name);
}

/// <summary><c>%</c>: any label (a node with at least one) or any relationship type.</summary>
public sealed record AnyLabel(SourceSpan Span) : LabelExpression(Span)
{
    public override bool Matches(Func<string, bool> has, bool hasAny) => hasAny;
}

/// <summary><c>!operand</c>.</summary>
public sealed record LabelNot(LabelExpression Operand, SourceSpan Span) : LabelExpression(Span)
{
    public override bool Matches(Func<string, bool> has, bool hasAny) => !Operand.Matches(has, hasAny);
}

/// <summary><c>left &amp; right</c>, or <c>left:right</c> in the colon form.</summary>
public sealed record LabelAnd(LabelExpression Left, LabelExpression Right, SourceSpan Span) : LabelExpression(Span)
{
    public override bool Matches(Func<string, bool> has, bool hasAny) => Left.Matches(has, hasAny) && Right.Matches(has, hasAny);
}

/// <summary><c>left | right</c> (also <c>left|:right</c>, the older relationship type form).</summary>
public sealed record LabelOr(LabelExpression Left, LabelExpression Right, SourceSpan Span) : LabelExpression(Span)
{
    public override bool Matches(Func<string, bool> has, bool hasAny) => Left.Matches(has, hasAny) || Right.Matches(has, hasAny);
}
