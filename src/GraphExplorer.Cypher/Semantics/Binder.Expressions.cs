using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// Expressions: variables resolved in their scope and the static type rules, checked before an expression is compiled.
/// Each check looks at one node; the caller visits the sub-expressions, so errors come in the order they are written.
/// </summary>
internal sealed partial class Binder
{
    /// <summary>The variable a name refers to in <paramref name="scope"/>; an undefined variable is an error.</summary>
    public static VariableInfo Resolve(string name, Scope scope, SyntaxNode at) =>
        scope.Find(name) ?? throw CypherErrors.UndefinedVariable(name, at);

    /// <summary>Whether an expression only reads variables in <paramref name="bound"/> (and parameters, literals).</summary>
    public static bool ReadsOnly(Expression expression, HashSet<string> bound) => expression switch
    {
        NullLiteral or BooleanLiteral or IntegerLiteral or FloatLiteral or StringLiteral or Parameter => true,
        Variable v => bound.Contains(v.Name),
        PropertyAccess pa => ReadsOnly(pa.Target, bound),
        ListLiteral l => l.Items.All(i => ReadsOnly(i, bound)),
        MapLiteral m => m.Entries.All(e => ReadsOnly(e.Value, bound)),
        Binary b => ReadsOnly(b.Left, bound) && ReadsOnly(b.Right, bound),
        Unary u => ReadsOnly(u.Operand, bound),
        FunctionCall f => !AggregateFunctions.IsAggregate(f.Name) && f.Arguments.All(a => ReadsOnly(a, bound)),
        Subscript s => ReadsOnly(s.Target, bound) && ReadsOnly(s.Index, bound),
        _ => false,
    };

    /// <summary>A predicate or boolean operand: refused when statically known not to be a boolean.</summary>
    public static void RequireBoolean(Expression operand, Scope scope)
    {
        if (StaticTypes.Of(operand, scope) is { } type and not CypherType.Boolean)
        {
            throw CypherErrors.TypeMismatch(CypherType.Boolean, type, operand);
        }
    }

    /// <summary>Property access, refused when the target is statically a value that has no properties.</summary>
    public static void CheckPropertyAccess(PropertyAccess pa, Scope scope)
    {
        switch (StaticTypes.Of(pa.Target, scope))
        {
            case CypherType.Path:
                throw CypherErrors.PropertyAccessOnPath(pa);
            case CypherType.Boolean or CypherType.Integer or CypherType.Float or CypherType.String or CypherType.List:
                throw CypherErrors.PropertyAccessOnValue(StaticTypes.Of(pa.Target, scope)!.Value, pa);
        }
    }

    public static void CheckUnary(Unary unary, Scope scope)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            RequireBoolean(unary.Operand, scope);
        }
    }

    /// <summary>Boolean operators need booleans, IN a list, arithmetic numbers (or, for <c>+</c>, lists and strings).</summary>
    public static void CheckBinary(Binary binary, Scope scope)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor:
                RequireBoolean(binary.Left, scope);
                RequireBoolean(binary.Right, scope);
                break;
            case BinaryOperator.In when StaticTypes.Of(binary.Right, scope) is { } rightType and not CypherType.List:
                throw CypherErrors.InNeedsList(rightType, binary.Right);
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power:
                RequireArithmetic(binary, scope);
                break;
        }
    }

    private static void RequireArithmetic(Binary binary, Scope scope)
    {
        var left = StaticTypes.Of(binary.Left, scope);
        var right = StaticTypes.Of(binary.Right, scope);
        var ok = binary.Operator == BinaryOperator.Add
            ? StaticTypes.MayBeAdded(left, right)
            : StaticTypes.MayBeNumber(left) && StaticTypes.MayBeNumber(right);
        if (!ok)
        {
            throw CypherErrors.OperandTypeMismatch(binary.Operator, left, right, binary);
        }
    }

    /// <summary>An aggregate's arity.</summary>
    public static void CheckAggregateArity(FunctionCall call)
    {
        var (min, max) = AggregateFunctions.Arities[call.Name];
        if (call.Arguments.Length < min || call.Arguments.Length > max)
        {
            throw CypherErrors.InvalidNumberOfArguments(call.Name, call);
        }
    }

    /// <summary><c>exists(…)</c> takes a property, a subscript or a pattern.</summary>
    public static void CheckExistsArgument(Expression argument)
    {
        // Neo4j 5 removed exists() on a property: its error points to IS NOT NULL.
        if (argument is PropertyAccess or Subscript)
        {
            throw CypherErrors.RemovedPropertyExistence(argument);
        }

        if (argument is not PatternPredicate)
        {
            throw CypherErrors.InvalidExistsArgument(argument);
        }
    }

    /// <summary>A one-argument function refuses an argument statically of a type it never accepts (<c>labels(r)</c>).</summary>
    public static void CheckFunctionArgument(FunctionCall call, Scope scope)
    {
        if (call.Arguments.Length == 1
            && StaticTypes.Of(call.Arguments[0], scope) is { } argumentType && StaticTypes.FunctionRefuses(call.Name, argumentType))
        {
            throw CypherErrors.FunctionArgumentTypeMismatch(call.Name, argumentType, call.Arguments[0]);
        }
    }

    /// <summary>A pattern used as a predicate needs at least one relationship.</summary>
    public static void CheckPatternPredicate(PatternPredicate predicate)
    {
        if (predicate.Pattern.Steps.IsEmpty)
        {
            throw CypherErrors.PatternPredicateWithoutRelationship(predicate);
        }
    }

    /// <summary>The variable a list comprehension or quantifier declares for each element, with the elements' static type when known.</summary>
    public VariableInfo DeclareElement(string name, Expression source, Scope scope) =>
        Declare(name, VariableKind.Any, StaticTypes.ElementTypeOf(source, scope));
}
