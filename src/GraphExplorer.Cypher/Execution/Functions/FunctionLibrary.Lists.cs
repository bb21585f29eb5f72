using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Execution.Functions;

internal static partial class FunctionLibrary
{
    private static void AddListFunctions(Action<FunctionDefinition> add)
    {
        add(new("range", 2, 3, (a, c) =>
        {
            var start = RangeArgument(a[0]);
            var end = RangeArgument(a[1]);
            var step = a.Length > 2 ? RangeArgument(a[2]) : 1;
            if (step == 0)
            {
                throw CypherErrors.ArgumentError("NumberOutOfRange", "range() step must not be zero");
            }

            var result = new List<object?>();
            for (var i = start; step > 0 ? i <= end : i >= end; i += step)
            {
                c.Tick();
                result.Add(i);
            }

            return result;
        }));
        add(new("tail", 1, 1, (a, _) => a[0] is IReadOnlyList<object?> l
            ? l.Skip(1).ToList()
            : throw CypherErrors.InvalidArgumentValue($"tail() expects a List, got {Operations.TypeName(a[0])}")));
        add(new("isEmpty", 1, 1, (a, _) => a[0] switch
        {
            IReadOnlyList<object?> l => l.Count == 0,
            IReadOnlyDictionary<string, object?> m => m.Count == 0,
            string s => s.Length == 0,
            _ => throw CypherErrors.InvalidArgumentType($"isEmpty() expects a List, Map or String, got {Operations.TypeName(a[0])}"),
        }));
    }

    private static long RangeArgument(object? value) => value is long l
        ? l
        : throw CypherErrors.ArgumentError("InvalidArgumentType", $"range() expects Integer arguments, got {Operations.TypeName(value)}");
}
