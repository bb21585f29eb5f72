using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Execution.Functions;

internal static partial class FunctionLibrary
{
    private static void AddMathFunctions(Action<FunctionDefinition> add)
    {
        add(new("abs", 1, 1, (a, _) => a[0] switch
        {
            long l => l == long.MinValue ? throw CypherErrors.IntegerOverflowAtRuntime() : (object)Math.Abs(l),
            double d => (object)Math.Abs(d),
            _ => throw CypherErrors.InvalidArgumentType($"abs() expects a number, got {Operations.TypeName(a[0])}"),
        }));
        add(new("ceil", 1, 1, (a, _) => Math.Ceiling(AsNumber(a[0], "ceil"))));
        add(new("floor", 1, 1, (a, _) => Math.Floor(AsNumber(a[0], "floor"))));
        add(new("round", 1, 3, (a, _) => Round(a)));
        add(new("sign", 1, 1, (a, _) => a[0] switch
        {
            long l => (long)Math.Sign(l),
            double d => double.IsNaN(d) ? 0L : (long)Math.Sign(d),
            _ => throw CypherErrors.InvalidArgumentType($"sign() expects a number, got {Operations.TypeName(a[0])}"),
        }));
        add(new("rand", 0, 0, (_, _) => Random.Shared.NextDouble()) { Volatile = true });
        add(new("sqrt", 1, 1, (a, _) => Math.Sqrt(AsNumber(a[0], "sqrt"))));
        add(new("exp", 1, 1, (a, _) => Math.Exp(AsNumber(a[0], "exp"))));
        add(new("log", 1, 1, (a, _) => Math.Log(AsNumber(a[0], "log"))));
        add(new("log10", 1, 1, (a, _) => Math.Log10(AsNumber(a[0], "log10"))));
        add(new("sin", 1, 1, (a, _) => Math.Sin(AsNumber(a[0], "sin"))));
        add(new("cos", 1, 1, (a, _) => Math.Cos(AsNumber(a[0], "cos"))));
        add(new("tan", 1, 1, (a, _) => Math.Tan(AsNumber(a[0], "tan"))));
        add(new("cot", 1, 1, (a, _) => 1 / Math.Tan(AsNumber(a[0], "cot"))));
        add(new("asin", 1, 1, (a, _) => Math.Asin(AsNumber(a[0], "asin"))));
        add(new("acos", 1, 1, (a, _) => Math.Acos(AsNumber(a[0], "acos"))));
        add(new("atan", 1, 1, (a, _) => Math.Atan(AsNumber(a[0], "atan"))));
        add(new("atan2", 2, 2, (a, _) => Math.Atan2(AsNumber(a[0], "atan2"), AsNumber(a[1], "atan2"))));
        add(new("haversin", 1, 1, (a, _) => (1 - Math.Cos(AsNumber(a[0], "haversin"))) / 2));
        add(new("degrees", 1, 1, (a, _) => AsNumber(a[0], "degrees") * 180 / Math.PI));
        add(new("radians", 1, 1, (a, _) => AsNumber(a[0], "radians") * Math.PI / 180));
        add(new("pi", 0, 0, (_, _) => Math.PI));
        add(new("e", 0, 0, (_, _) => Math.E));
        add(new("isNaN", 1, 1, (a, _) => a[0] is double d ? double.IsNaN(d) : a[0] is long ? false
            : throw CypherErrors.InvalidArgumentType($"isNaN() expects a number, got {Operations.TypeName(a[0])}")));
    }

    private static object Round(object?[] a)
    {
        var value = AsNumber(a[0], "round");
        if (a.Length == 1)
        {
            return Math.Floor(value + 0.5);
        }

        var precision = (int)AsLong(a[1], "round");
        var mode = a.Length > 2 ? AsString(a[2], "round").ToUpperInvariant() : "HALF_UP";
        var m = mode switch
        {
            "HALF_EVEN" => MidpointRounding.ToEven,
            "HALF_DOWN" => MidpointRounding.ToZero,
            "CEILING" => MidpointRounding.ToPositiveInfinity,
            "FLOOR" => MidpointRounding.ToNegativeInfinity,
            "UP" => MidpointRounding.AwayFromZero,
            "DOWN" => MidpointRounding.ToZero,
            _ => MidpointRounding.AwayFromZero,
        };
        return (double)Math.Round((decimal)value, Math.Clamp(precision, 0, 28), m);
    }
}
