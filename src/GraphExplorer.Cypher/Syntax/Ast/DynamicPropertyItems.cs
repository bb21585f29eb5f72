namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// <c>SET target[key] = value</c>: a property whose key is computed (Cypher manual 5, "SET" › "Dynamically set or update
/// a property"); <see cref="Key"/> must evaluate to a STRING.
/// </summary>
public sealed record SetDynamicPropertyItem(Expression Target, Expression Key, Expression Value, SourceSpan Span) : SetItem(Span);

/// <summary><c>REMOVE target[key]</c> (Cypher manual 5, "REMOVE" › "Dynamically remove a property").</summary>
public sealed record RemoveDynamicPropertyItem(Expression Target, Expression Key, SourceSpan Span) : RemoveItem(Span);
