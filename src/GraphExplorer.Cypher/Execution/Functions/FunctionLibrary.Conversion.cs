using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>The type conversion functions: toBoolean(), toInteger(), toFloat(), toString(), their OrNull and List forms, and valueType().</summary>
internal static partial class FunctionLibrary
{
    private static void AddConversionFunctions(Action<FunctionDefinition> add)
    {
        add(new("toBoolean", 1, 1, (a, _) => ToBoolean(a[0], strict: true)));
        add(new("toBooleanOrNull", 1, 1, (a, _) => ToBoolean(a[0], strict: false)));
        add(new("toInteger", 1, 1, (a, _) => ToInteger(a[0], strict: true)));
        add(new("toIntegerOrNull", 1, 1, (a, _) => ToInteger(a[0], strict: false)));
        add(new("toFloat", 1, 1, (a, _) => ToFloat(a[0], strict: true)));
        add(new("toFloatOrNull", 1, 1, (a, _) => ToFloat(a[0], strict: false)));
        add(new("toString", 1, 1, (a, _) => a[0] is string or long or double or bool || Operations.IsTemporalInstant(a[0]!) || a[0] is CypherDuration or CypherPoint
            ? Operations.ToStringValue(a[0])
            : throw CypherErrors.InvalidArgumentValue($"toString() cannot convert a {Operations.TypeName(a[0])}")));
        add(new("toStringOrNull", 1, 1, (a, _) => a[0] is string or long or double or bool || Operations.IsTemporalInstant(a[0]!) || a[0] is CypherDuration or CypherPoint
            ? Operations.ToStringValue(a[0])
            : null));
        add(new("toBooleanList", 1, 1, (a, _) => ConvertList(a[0], v => ToBoolean(v, false), "toBooleanList")));
        add(new("toIntegerList", 1, 1, (a, _) => ConvertList(a[0], v => ToInteger(v, false), "toIntegerList")));
        add(new("toFloatList", 1, 1, (a, _) => ConvertList(a[0], v => ToFloat(v, false), "toFloatList")));
        add(new("toStringList", 1, 1, (a, _) => ConvertList(a[0], v => v is string or long or double or bool ? Operations.ToStringValue(v) : null, "toStringList")));
        add(new("valueType", 1, 1, (a, _) => ValueTypes.NameOf(a[0])) { NullInNullOut = false });
    }

    private static List<object?> ConvertList(object? value, Func<object?, object?> convert, string function) =>
        value is IReadOnlyList<object?> list
            ? list.Select(convert).ToList()
            : throw CypherErrors.InvalidArgumentValue($"{function}() expects a List, got {Operations.TypeName(value)}");
}
