using System.Text.RegularExpressions;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Execution.Values;

/// <summary>The runtime semantics of Cypher's operators over runtime values (null propagation, overflow checks).</summary>
internal static class Operations
{
    public static string TypeName(object? value) => value switch
    {
        NodeValue => "Node",
        RelationshipValue => "Relationship",
        PathValue => "Path",
        _ => CypherValues.TypeName(value),
    };

    // ---- boolean logic (three-valued) ---------------------------------------------------------------------------

    public static bool? AsBoolean(object? value, string op) => value switch
    {
        null => null,
        bool b => b,
        _ => throw CypherErrors.InvalidArgumentType($"{op} expects a Boolean, got {TypeName(value)}"),
    };

    public static object? Not(object? value) => AsBoolean(value, "NOT") is { } b ? !b : null;

    public static object? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;

    public static object? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;

    public static object? Xor(bool? a, bool? b) => a is null || b is null ? null : a != b;

    // ---- arithmetic -------------------------------------------------------------------------------------------

    public static object? Add(object? a, object? b)
    {
        switch (a)
        {
            case null:
                return null;
            case long la when b is long lb:
                try
                {
                    return checked(la + lb);
                }
                catch (OverflowException)
                {
                    throw CypherErrors.IntegerOverflowAtRuntime();
                }

            case long or double when b is long or double:
                return ToDouble(a) + ToDouble(b);
            case string sa when b is string or long or double or bool:
                return sa + ToStringValue(b);
            case long or double or bool when b is string sb:
                return ToStringValue(a) + sb;
            case IReadOnlyList<object?> la when b is IReadOnlyList<object?> lb:
                {
                    var result = new List<object?>(la.Count + lb.Count);
                    result.AddRange(la);
                    result.AddRange(lb);
                    return result;
                }

            case IReadOnlyList<object?> la when b is not null:
                return new List<object?>(la) { b };
            case IReadOnlyList<object?> la:
                return new List<object?>(la) { null };
            case not null when b is IReadOnlyList<object?> lb:
                {
                    var result = new List<object?>(lb.Count + 1) { a };
                    result.AddRange(lb);
                    return result;
                }

            case CypherDuration da when b is CypherDuration db:
                return Temporal.Add(da, db);
            case CypherDuration d when b is not null && IsTemporalInstant(b):
                return Temporal.AddDuration(b, d);
            case not null when b is CypherDuration d && IsTemporalInstant(a):
                return Temporal.AddDuration(a, d);
        }

        if (b is null)
        {
            return null;
        }

        throw CypherErrors.InvalidArgumentType($"Cannot add {TypeName(a)} and {TypeName(b)}");
    }

    public static object? Subtract(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                try
                {
                    return checked(la - lb);
                }
                catch (OverflowException)
                {
                    throw CypherErrors.IntegerOverflowAtRuntime();
                }

            case long or double when b is long or double:
                return ToDouble(a) - ToDouble(b);
            case CypherDuration da when b is CypherDuration db:
                return Temporal.Add(da, Temporal.Negate(db));
            case not null when b is CypherDuration d && IsTemporalInstant(a):
                return Temporal.AddDuration(a, Temporal.Negate(d));
        }

        throw CypherErrors.InvalidArgumentType($"Cannot subtract {TypeName(b)} from {TypeName(a)}");
    }

    public static object? Multiply(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                try
                {
                    return checked(la * lb);
                }
                catch (OverflowException)
                {
                    throw CypherErrors.IntegerOverflowAtRuntime();
                }

            case long or double when b is long or double:
                return ToDouble(a) * ToDouble(b);
            case CypherDuration d when b is long or double:
                return Temporal.Multiply(d, ToDouble(b));
            case long or double when b is CypherDuration d:
                return Temporal.Multiply(d, ToDouble(a));
        }

        throw CypherErrors.InvalidArgumentType($"Cannot multiply {TypeName(a)} and {TypeName(b)}");
    }

    public static object? Divide(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                if (lb == 0)
                {
                    throw CypherErrors.DivisionByZero();
                }

                if (la == long.MinValue && lb == -1)
                {
                    throw CypherErrors.IntegerOverflowAtRuntime();
                }

                return la / lb;
            case long or double when b is long or double:
                return ToDouble(a) / ToDouble(b);
            case CypherDuration d when b is long or double:
                return Temporal.Multiply(d, 1 / ToDouble(b));
        }

        throw CypherErrors.InvalidArgumentType($"Cannot divide {TypeName(a)} by {TypeName(b)}");
    }

    public static object? Modulo(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        switch (a)
        {
            case long la when b is long lb:
                if (lb == 0)
                {
                    throw CypherErrors.DivisionByZero();
                }

                return lb == -1 ? 0L : la % lb;
            case long or double when b is long or double:
                return ToDouble(a) % ToDouble(b);
        }

        throw CypherErrors.InvalidArgumentType($"Cannot compute {TypeName(a)} modulo {TypeName(b)}");
    }

    public static object? Power(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (a is long or double && b is long or double)
        {
            return Math.Pow(ToDouble(a), ToDouble(b));
        }

        throw CypherErrors.InvalidArgumentType($"Cannot raise {TypeName(a)} to the power of {TypeName(b)}");
    }

    public static object? Negate(object? a) => a switch
    {
        null => null,
        long l when l == long.MinValue => throw CypherErrors.IntegerOverflowAtRuntime(),
        long l => -l,
        double d => -d,
        CypherDuration d => Temporal.Negate(d),
        _ => throw CypherErrors.InvalidArgumentType($"Cannot negate a {TypeName(a)}"),
    };

    public static object? UnaryPlus(object? a) => a switch
    {
        null or long or double or CypherDuration => a,
        _ => throw CypherErrors.InvalidArgumentType($"Unary + needs a number, got {TypeName(a)}"),
    };

    public static double ToDouble(object? value) => value switch
    {
        long l => l,
        double d => d,
        _ => throw CypherErrors.InvalidArgumentType($"Expected a number, got {TypeName(value)}"),
    };

    public static bool IsTemporalInstant(object value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime;

    // ---- comparison -------------------------------------------------------------------------------------------

    public static object? Equal(object? a, object? b) => ValueComparer.Equal(a, b);

    public static object? NotEqual(object? a, object? b) => ValueComparer.Equal(a, b) is { } e ? !e : null;

    public static object? Compare(object? a, object? b, BinaryOpKind op)
    {
        // Neo4j 5 (Cypher manual, "Equality, ordering, and comparison of value types"): every <, <=, >, >= between
        // NaN and a number is false, not null as for values that cannot be compared.
        if (a is long or double && b is long or double && (a is double.NaN || b is double.NaN))
        {
            return false;
        }

        var c = ValueComparer.CompareOperands(a, b);
        if (c is null)
        {
            return null;
        }

        return op switch
        {
            BinaryOpKind.Less => c < 0,
            BinaryOpKind.LessOrEqual => c <= 0,
            BinaryOpKind.Greater => c > 0,
            _ => c >= 0,
        };
    }

    public static object? In(object? value, object? list)
    {
        if (list is null)
        {
            return null;
        }

        if (list is not IReadOnlyList<object?> items)
        {
            throw CypherErrors.InvalidArgumentType($"IN expects a List on its right, got {TypeName(list)}");
        }

        var sawNull = false;
        foreach (var item in items)
        {
            var e = ValueComparer.Equal(value, item);
            if (e == true)
            {
                return true;
            }

            if (e is null)
            {
                sawNull = true;
            }
        }

        return sawNull ? null : false;
    }

    public static object? StringPredicate(object? a, object? b, BinaryOpKind op)
    {
        if (a is not string s || b is not string t)
        {
            return null;
        }

        return op switch
        {
            BinaryOpKind.StartsWith => s.StartsWith(t, StringComparison.Ordinal),
            BinaryOpKind.EndsWith => s.EndsWith(t, StringComparison.Ordinal),
            _ => s.Contains(t, StringComparison.Ordinal),
        };
    }

    public static object? RegexMatch(object? a, object? b)
    {
        if (a is not string s || b is not string pattern)
        {
            return null;
        }

        try
        {
            return Regex.IsMatch(s, "^(?:" + pattern + ")$", RegexOptions.None, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException e)
        {
            throw CypherErrors.InvalidArgumentValue($"Invalid regular expression '{pattern}': {e.Message}");
        }
    }

    // ---- strings ---------------------------------------------------------------------------------------------

    public static string ToStringValue(object? value) => value switch
    {
        string s => s,
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => FormatFloat(d),
        bool b => b ? "true" : "false",
        CypherPoint point => Spatial.Format(point),
        _ => TemporalFormat.Format(value) ?? throw CypherErrors.InvalidArgumentType($"Cannot convert a {TypeName(value)} to a String"),
    };

    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(d))
        {
            return "Infinity";
        }

        if (double.IsNegativeInfinity(d))
        {
            return "-Infinity";
        }

        if (d == Math.Floor(d) && Math.Abs(d) < 1e16)
        {
            return d.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }

        var r = d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return r.Contains('E', StringComparison.Ordinal) && !r.Contains('.', StringComparison.Ordinal)
            ? r.Replace("E", ".0E", StringComparison.Ordinal)
            : r;
    }
}

/// <summary>Comparison and string operators, as passed to <see cref="Operations"/>.</summary>
internal enum BinaryOpKind
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    StartsWith,
    EndsWith,
    Contains,
}
