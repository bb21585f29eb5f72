using System.Text;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>
/// The value types of Neo4j 5 at run time (Cypher manual, "Values and types"): whether a value is of a type named in a
/// type predicate ("Type predicate expressions"), and the most precise type of a value as <c>valueType()</c> prints it
/// ("Scalar functions" → valueType(): <c>INTEGER NOT NULL</c>, <c>LIST&lt;STRING NOT NULL&gt; NOT NULL</c>, <c>NULL</c>).
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static class ValueTypes
{
    /// <summary>
    /// Whether <paramref name="value"/> is of <paramref name="type"/>. Every type but NOTHING and the NOT NULL ones
    /// contains null; a list is of <c>LIST&lt;T&gt;</c> when every element is of T.
    /// </summary>
    public static bool IsOfType(object? value, ValueTypeSyntax type)
    {
        if (value is null)
        {
            return IsNullable(type);
        }

        return type.Kind switch
        {
            ValueTypeKind.Nothing or ValueTypeKind.Null => false,
            ValueTypeKind.Any => true,
            ValueTypeKind.Union => type.Members.Any(member => IsOfType(value, member)),
            ValueTypeKind.List => value is IReadOnlyList<object?> list && (type.Element is null || list.All(item => IsOfType(item, type.Element))),
            ValueTypeKind.PropertyValue => IsPropertyValue(value),
            var kind => KindOf(value) == kind,
        };
    }

    /// <summary>Whether a type contains null: not NOTHING, not NOT NULL, and for a union, when any member does.</summary>
    private static bool IsNullable(ValueTypeSyntax type) => !type.NotNull && type.Kind switch
    {
        ValueTypeKind.Nothing => false,
        ValueTypeKind.Union => type.Members.Any(IsNullable),
        _ => true,
    };

    /// <summary>
    /// A value that can be stored as a property: a boolean, string, number, temporal value or point, or a list of
    /// such values all of one type without nulls ("Property, structural, and constructed values").
    /// </summary>
    private static bool IsPropertyValue(object value)
    {
        if (value is IReadOnlyList<object?> list)
        {
            var first = list.Count == 0 || list[0] is not { } head ? (ValueTypeKind?)null : KindOf(head);
            return list.All(item => item is not null && KindOf(item) is var kind && kind == first && IsStorableScalar(kind));
        }

        return IsStorableScalar(KindOf(value));
    }

    private static bool IsStorableScalar(ValueTypeKind kind) =>
        kind is ValueTypeKind.Boolean or ValueTypeKind.String or ValueTypeKind.Integer or ValueTypeKind.Float or ValueTypeKind.Date
            or ValueTypeKind.LocalTime or ValueTypeKind.ZonedTime or ValueTypeKind.LocalDateTime or ValueTypeKind.ZonedDateTime
            or ValueTypeKind.Duration or ValueTypeKind.Point;

    /// <summary>The kind of a non-null value.</summary>
    private static ValueTypeKind KindOf(object value) => value switch
    {
        bool => ValueTypeKind.Boolean,
        string => ValueTypeKind.String,
        long => ValueTypeKind.Integer,
        double => ValueTypeKind.Float,
        CypherDate => ValueTypeKind.Date,
        CypherLocalTime => ValueTypeKind.LocalTime,
        CypherTime => ValueTypeKind.ZonedTime,
        CypherLocalDateTime => ValueTypeKind.LocalDateTime,
        CypherDateTime => ValueTypeKind.ZonedDateTime,
        CypherDuration => ValueTypeKind.Duration,
        CypherPoint => ValueTypeKind.Point,
        NodeValue => ValueTypeKind.Node,
        RelationshipValue => ValueTypeKind.Relationship,
        PathValue => ValueTypeKind.Path,
        IReadOnlyDictionary<string, object?> => ValueTypeKind.Map,
        IReadOnlyList<object?> => ValueTypeKind.List,
        _ => ValueTypeKind.Any,
    };

    /// <summary>
    /// <c>valueType(value)</c>: the most precise type of the value, each non-null part marked NOT NULL. A list's element
    /// type is the union of its elements' types in Neo4j's order (BOOLEAN, STRING, INTEGER, FLOAT, the temporal types,
    /// …); a null element makes the others nullable (<c>LIST&lt;INTEGER&gt; NOT NULL</c> for <c>[1, null]</c>), lists of
    /// lists merge into one list of the union, and an empty list is <c>LIST&lt;NOTHING&gt; NOT NULL</c>.
    /// </summary>
    public static string NameOf(object? value) => value is null ? "NULL" : Print(TypeOf(value), notNull: true);

    /// <summary>A value's type as a tree: the kind and, for a list, the types its elements have (null: NULL).</summary>
    private sealed record RuntimeType(ValueTypeKind Kind, IReadOnlyList<RuntimeType?> Elements);

    private static RuntimeType TypeOf(object value)
    {
        if (value is IReadOnlyList<object?> list)
        {
            return new RuntimeType(ValueTypeKind.List, list.Select(item => item is null ? null : TypeOf(item)).ToList());
        }

        return new RuntimeType(KindOf(value), []);
    }

    private static string Print(RuntimeType type, bool notNull)
    {
        var name = type.Kind == ValueTypeKind.List ? $"LIST<{PrintUnion(type.Elements)}>" : KindName(type.Kind);
        return notNull ? name + " NOT NULL" : name;
    }

    /// <summary>The element type of a list whose elements have these types (null standing for a null element).</summary>
    private static string PrintUnion(IReadOnlyList<RuntimeType?> members)
    {
        var nullable = members.Any(m => m is null);
        var present = members.OfType<RuntimeType>().ToList();
        if (present.Count == 0)
        {
            return nullable ? "NULL" : "NOTHING";
        }

        var builder = new StringBuilder();
        foreach (var group in present.GroupBy(m => m.Kind).OrderBy(g => g.Key))
        {
            if (builder.Length > 0)
            {
                builder.Append(" | ");
            }

            // Lists of lists merge: LIST<A> | LIST<B> is LIST<A | B>.
            var merged = group.Key == ValueTypeKind.List
                ? new RuntimeType(ValueTypeKind.List, group.SelectMany(g => g.Elements).ToList())
                : group.First();
            builder.Append(Print(merged, notNull: !nullable));
        }

        return builder.ToString();
    }

    private static string KindName(ValueTypeKind kind) => kind switch
    {
        ValueTypeKind.LocalTime => "LOCAL TIME",
        ValueTypeKind.ZonedTime => "ZONED TIME",
        ValueTypeKind.LocalDateTime => "LOCAL DATETIME",
        ValueTypeKind.ZonedDateTime => "ZONED DATETIME",
        ValueTypeKind.PropertyValue => "PROPERTY VALUE",
        _ => kind.ToString().ToUpperInvariant(),
    };
}
