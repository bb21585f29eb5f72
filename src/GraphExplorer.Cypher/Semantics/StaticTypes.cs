using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// What the binder knows of an expression's value from its form and the scope alone: its <see cref="CypherType"/>
/// when certain, and its <see cref="VariableKind"/> for the type-conflict rules of patterns.
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static class StaticTypes
{
    /// <summary>The Cypher type an expression certainly has, or null when it depends on data.</summary>
    public static CypherType? Of(Expression expression, Scope scope) => expression switch
    {
        BooleanLiteral => CypherType.Boolean,
        IntegerLiteral => CypherType.Integer,
        FloatLiteral => CypherType.Float,
        StringLiteral => CypherType.String,
        ListLiteral or ListComprehension => CypherType.List,
        MapLiteral => CypherType.Map,
        Variable v when scope.Find(v.Name) is { Type: { } known } => known,
        Variable v when scope.Find(v.Name) is { } info => info.Kind switch
        {
            VariableKind.Node => CypherType.Node,
            VariableKind.Relationship => CypherType.Relationship,
            VariableKind.Path => CypherType.Path,
            VariableKind.RelationshipList => CypherType.List,
            _ => null,
        },
        _ => null,
    };

    /// <summary>
    /// The type every element of a list certainly has: known when the list is a literal whose items all have one static
    /// type, so that a predicate over its elements is type-checked at compile time; null otherwise.
    /// </summary>
    public static CypherType? ElementTypeOf(Expression list, Scope scope)
    {
        if (list is not ListLiteral { Items.Length: > 0 } literal)
        {
            return null;
        }

        var first = Of(literal.Items[0], scope);
        return first is not null && literal.Items.All(item => Of(item, scope) == first) ? first : null;
    }

    /// <summary>What an expression is known to produce, from its form alone.</summary>
    public static VariableKind KindOf(Expression expression) => expression switch
    {
        NullLiteral => VariableKind.Any,
        BooleanLiteral or IntegerLiteral or FloatLiteral or StringLiteral or MapLiteral => VariableKind.Value,
        Binary { Operator: not BinaryOperator.Add } => VariableKind.Value,
        _ => VariableKind.Any,
    };

    /// <summary>Whether a value of this static type may be a number (unknown types may).</summary>
    public static bool MayBeNumber(CypherType? type) => type is null or CypherType.Integer or CypherType.Float;

    /// <summary>
    /// Whether <c>+</c> may accept these operands: a map, boolean, node, relationship or path is only ever added to a
    /// list (or to a value of unknown type); everything else is left to run time.
    /// </summary>
    public static bool MayBeAdded(CypherType? left, CypherType? right) =>
        !(AddsOnlyToLists(left) && right is not (CypherType.List or null))
        && !(AddsOnlyToLists(right) && left is not (CypherType.List or null));

    /// <summary>Whether a one-argument function refuses an argument of this type before the query runs.</summary>
    public static bool FunctionRefuses(string function, CypherType argument) => function.ToLowerInvariant() switch
    {
        "type" => argument is CypherType.Node or CypherType.Path or CypherType.Integer or CypherType.String or CypherType.Boolean
            or CypherType.Float or CypherType.Map,
        "length" => argument is CypherType.Node or CypherType.Relationship or CypherType.Integer or CypherType.Boolean
            or CypherType.Float or CypherType.Map,
        "size" => argument is CypherType.Path or CypherType.Node or CypherType.Relationship,
        "labels" => argument is CypherType.Relationship or CypherType.Path,
        "properties" => argument is CypherType.Integer or CypherType.Float or CypherType.String or CypherType.Boolean
            or CypherType.List or CypherType.Path,
        _ => false,
    };

    private static bool AddsOnlyToLists(CypherType? type) =>
        type is CypherType.Map or CypherType.Boolean or CypherType.Node or CypherType.Relationship or CypherType.Path;
}
