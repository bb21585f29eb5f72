using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// The value types a type predicate names (Neo4j 5 Cypher manual, "Values and types" → "Types and their synonyms"),
/// in the order Neo4j lists the members of a union.
/// </summary>
public enum ValueTypeKind
{
    Nothing,
    Null,
    Boolean,
    String,
    Integer,
    Float,
    Date,
    LocalTime,
    ZonedTime,
    LocalDateTime,
    ZonedDateTime,
    Duration,
    Point,
    Node,
    Relationship,
    Map,
    List,
    Path,
    PropertyValue,
    Any,

    /// <summary><c>A | B</c> or <c>ANY&lt;A | B&gt;</c>: <see cref="ValueTypeSyntax.Members"/> holds the alternatives.</summary>
    Union,
}

/// <summary>
/// A type as written after <c>IS ::</c>, <c>IS TYPED</c> or <c>::</c>: a kind, its <c>NOT NULL</c> (or <c>!</c>), the
/// element type of a <c>LIST&lt;…&gt;</c> and the members of a union. Synonyms (<c>INT</c>, <c>BOOL</c>,
/// <c>TIMESTAMP WITH TIME ZONE</c>, <c>ARRAY&lt;…&gt;</c>, <c>… LIST</c>) are resolved by the parser.
/// </summary>
public sealed record ValueTypeSyntax(
    ValueTypeKind Kind,
    bool NotNull,
    ValueTypeSyntax? Element,
    ImmutableArray<ValueTypeSyntax> Members,
    SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>operand IS :: type</c> (also <c>IS TYPED type</c> and <c>operand :: type</c>), or <c>IS NOT :: type</c> when
/// <see cref="Negated"/>. Never null: a null operand is of every nullable type.
/// </summary>
public sealed record TypePredicate(Expression Operand, ValueTypeSyntax Type, bool Negated, SourceSpan Span) : Expression(Span);

/// <summary><c>operand IS [NOT] [NFC|NFD|NFKC|NFKD] NORMALIZED</c>; the form defaults to NFC.</summary>
public sealed record NormalizedPredicate(Expression Operand, string Form, bool Negated, SourceSpan Span) : Expression(Span);

/// <summary>
/// <c>target:labelExpression</c> or <c>target IS labelExpression</c> as a predicate, when the expression is more than a
/// plain conjunction of names (which stays a <see cref="HasLabels"/>).
/// </summary>
public sealed record LabelPredicate(Expression Target, LabelExpression Labels, SourceSpan Span) : Expression(Span);

/// <summary>
/// The subject of an extended simple <c>CASE subject WHEN &lt; 1900 THEN …</c>: each WHEN is a predicate over the
/// subject, which is evaluated once. <see cref="CaseExpression"/> stays the plain form.
/// </summary>
public sealed record ExtendedCaseExpression(
    Expression Subject,
    ImmutableArray<CaseAlternative> Alternatives,
    Expression? Default,
    SourceSpan Span) : Expression(Span)
{
    /// <summary>The name of the hidden variable that stands for the subject inside the WHEN predicates; no query can spell it.</summary>
    public const string SubjectVariable = " case subject";
}
