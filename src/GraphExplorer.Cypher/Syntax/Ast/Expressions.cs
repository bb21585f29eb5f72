using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>An expression.</summary>
public abstract record Expression(SourceSpan Span) : SyntaxNode(Span);

public sealed record NullLiteral(SourceSpan Span) : Expression(Span);

public sealed record BooleanLiteral(bool Value, SourceSpan Span) : Expression(Span);

public sealed record IntegerLiteral(long Value, SourceSpan Span) : Expression(Span);

public sealed record FloatLiteral(double Value, SourceSpan Span) : Expression(Span);

public sealed record StringLiteral(string Value, SourceSpan Span) : Expression(Span);

/// <summary><c>[a, b, c]</c>.</summary>
public sealed record ListLiteral(ImmutableArray<Expression> Items, SourceSpan Span) : Expression(Span);

/// <summary><c>{key: value, …}</c>; entries keep their written order.</summary>
public sealed record MapLiteral(ImmutableArray<MapEntry> Entries, SourceSpan Span) : Expression(Span);

/// <summary>One <c>key: value</c> of a map literal.</summary>
public sealed record MapEntry(string Key, Expression Value, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>$name</c> (or <c>$0</c>).</summary>
public sealed record Parameter(string Name, SourceSpan Span) : Expression(Span);

/// <summary>A variable reference.</summary>
public sealed record Variable(string Name, SourceSpan Span) : Expression(Span);

/// <summary><c>target.key</c>.</summary>
public sealed record PropertyAccess(Expression Target, string Key, SourceSpan Span) : Expression(Span);

/// <summary><c>target[index]</c>: list element or dynamic map/property key.</summary>
public sealed record Subscript(Expression Target, Expression Index, SourceSpan Span) : Expression(Span);

/// <summary><c>target[from..to]</c>, either bound optional.</summary>
public sealed record Slice(Expression Target, Expression? From, Expression? To, SourceSpan Span) : Expression(Span);

/// <summary>
/// <c>left op right</c>. Chained comparisons <c>a &lt; b &lt; c</c> are parsed as <c>a &lt; b AND b &lt; c</c>.
/// </summary>
public sealed record Binary(BinaryOperator Operator, Expression Left, Expression Right, SourceSpan Span) : Expression(Span);

/// <summary><c>NOT x</c>, <c>-x</c>, <c>+x</c>.</summary>
public sealed record Unary(UnaryOperator Operator, Expression Operand, SourceSpan Span) : Expression(Span);

/// <summary><c>x IS NULL</c>, or <c>x IS NOT NULL</c> when <see cref="Negated"/>.</summary>
public sealed record IsNull(Expression Operand, bool Negated, SourceSpan Span) : Expression(Span);

/// <summary><c>n:Label1:Label2</c> used as a predicate.</summary>
public sealed record HasLabels(Expression Target, ImmutableArray<string> Labels, SourceSpan Span) : Expression(Span);

/// <summary>
/// <c>name([DISTINCT] args)</c>. <see cref="Name"/> keeps its namespace and written case, e.g. "date.truncate", "toUpper";
/// function names are case-insensitive when resolved.
/// </summary>
public sealed record FunctionCall(string Name, bool Distinct, ImmutableArray<Expression> Arguments, SourceSpan Span) : Expression(Span);

/// <summary><c>count(*)</c>.</summary>
public sealed record CountStar(SourceSpan Span) : Expression(Span);

/// <summary>
/// <c>CASE [test] WHEN … THEN … [ELSE …] END</c>. With a <see cref="Test"/> (simple form) each WHEN is compared
/// to it for equality; without, each WHEN is a predicate (generic form).
/// </summary>
public sealed record CaseExpression(Expression? Test, ImmutableArray<CaseAlternative> Alternatives, Expression? Default, SourceSpan Span) : Expression(Span);

/// <summary><c>WHEN when THEN then</c>.</summary>
public sealed record CaseAlternative(Expression When, Expression Then, SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>[variable IN source [WHERE predicate] [| projection]]</c>.</summary>
public sealed record ListComprehension(string Variable, Expression Source, Expression? Where, Expression? Projection, SourceSpan Span) : Expression(Span);

/// <summary><c>[[p =] pattern [WHERE predicate] | projection]</c>.</summary>
public sealed record PatternComprehension(string? PathVariable, PatternElement Pattern, Expression? Where, Expression Projection, SourceSpan Span) : Expression(Span);

/// <summary><c>all|any|none|single(variable IN source WHERE predicate)</c>.</summary>
public sealed record Quantifier(QuantifierKind Kind, string Variable, Expression Source, Expression? Predicate, SourceSpan Span) : Expression(Span);

/// <summary><c>reduce(accumulator = init, variable IN source | body)</c>.</summary>
public sealed record Reduce(string Accumulator, Expression Init, string Variable, Expression Source, Expression Body, SourceSpan Span) : Expression(Span);

/// <summary>A relationship pattern used as a predicate, e.g. <c>WHERE (n)--&gt;(:Agency)</c>: true when a match exists.</summary>
public sealed record PatternPredicate(PatternElement Pattern, SourceSpan Span) : Expression(Span);

/// <summary>
/// <c>EXISTS { pattern [WHERE predicate] }</c> (then <see cref="Pattern"/> is set) or <c>EXISTS { query }</c>
/// (then <see cref="Query"/> is set).
/// </summary>
public sealed record ExistsSubquery(Pattern? Pattern, Expression? Where, Query? Query, SourceSpan Span) : Expression(Span);

/// <summary><c>COUNT { pattern [WHERE predicate] }</c> or <c>COUNT { query }</c>.</summary>
public sealed record CountSubquery(Pattern? Pattern, Expression? Where, Query? Query, SourceSpan Span) : Expression(Span);

/// <summary><c>variable { .key, .*, key: expression, otherVariable }</c>.</summary>
public sealed record MapProjection(string Variable, ImmutableArray<MapProjectionItem> Items, SourceSpan Span) : Expression(Span);

/// <summary>One selector of a map projection.</summary>
public abstract record MapProjectionItem(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>.key</c></summary>
public sealed record PropertySelector(string Key, SourceSpan Span) : MapProjectionItem(Span);

/// <summary><c>.*</c></summary>
public sealed record AllPropertiesSelector(SourceSpan Span) : MapProjectionItem(Span);

/// <summary><c>key: expression</c></summary>
public sealed record LiteralEntrySelector(string Key, Expression Value, SourceSpan Span) : MapProjectionItem(Span);

/// <summary><c>variable</c>: the entry <c>variable: value</c>.</summary>
public sealed record VariableSelector(string Variable, SourceSpan Span) : MapProjectionItem(Span);
