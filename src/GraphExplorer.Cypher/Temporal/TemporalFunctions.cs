using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>
/// The temporal function library: <c>date</c>, <c>localtime</c>, <c>time</c>, <c>localdatetime</c>, <c>datetime</c> (from
/// nothing = now, a string, a map or another temporal), their <c>.truncate</c>, <c>.realtime</c>/<c>.statement</c>/
/// <c>.transaction</c> forms, <c>datetime.fromepoch[millis]</c>, <c>duration</c> (from a map or string) and
/// <c>duration.between</c>/<c>inMonths</c>/<c>inDays</c>/<c>inSeconds</c>. Null in, null out.
/// </summary>
/// <remarks>Thread-safe and stateless; "now" comes from the caller's clock so one statement sees one instant.</remarks>
public static class TemporalFunctions
{
    private static readonly Dictionary<string, TemporalType> Constructors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = TemporalType.Date,
        ["localtime"] = TemporalType.LocalTime,
        ["time"] = TemporalType.Time,
        ["localdatetime"] = TemporalType.LocalDateTime,
        ["datetime"] = TemporalType.DateTime,
    };

    /// <summary>True when <paramref name="name"/> (any case, with namespace) is a temporal function.</summary>
    public static bool IsTemporalFunction(string name) => Resolve(name) is not null;

    /// <summary>
    /// Calls a temporal function. <paramref name="now"/> gives the statement's current instant for the no-argument forms.
    /// </summary>
    /// <exception cref="CypherException">Wrong argument types or values.</exception>
    public static object? Invoke(string name, IReadOnlyList<object?> arguments, Func<DateTimeOffset> now)
    {
        var (kind, type, member) = Resolve(name) ?? throw new ArgumentException($"Not a temporal function: {name}", nameof(name));
        var function = name;
        return kind switch
        {
            FunctionKind.Construct => Construct(type, arguments, now, function),
            FunctionKind.Now => Construct(type, arguments.Count == 0 ? [] : arguments, now, function),
            FunctionKind.Truncate => Truncate(type, arguments, function),
            FunctionKind.FromEpoch => FromEpoch(arguments, member == "fromepochmillis", function),
            FunctionKind.Duration => Duration(arguments, function),
            FunctionKind.Between => Between(arguments, member, function),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>The canonical text of a temporal value, as <c>toString</c> returns it.</summary>
    public static string Format(object value) => TemporalFormatter.Format(value);

    /// <summary>True for the six temporal value types.</summary>
    public static bool IsTemporal(object? value) =>
        value is CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration;

    /// <summary><c>a + b</c> where one side is temporal; null when the operator does not apply to these types.</summary>
    public static object? TryAdd(object left, object right) => (left, right) switch
    {
        (CypherDuration a, CypherDuration b) => DurationMath.Add(a, b),
        (CypherDuration d, _) when TemporalParts.TryFrom(right, out _) => TemporalArithmetic.Add(right, d),
        (_, CypherDuration d) when TemporalParts.TryFrom(left, out _) => TemporalArithmetic.Add(left, d),
        _ => null,
    };

    /// <summary><c>a - b</c> where one side is temporal; null when the operator does not apply to these types.</summary>
    public static object? TrySubtract(object left, object right) => (left, right) switch
    {
        (CypherDuration a, CypherDuration b) => DurationMath.Add(a, DurationMath.Negate(b)),
        (_, CypherDuration d) when TemporalParts.TryFrom(left, out _) => TemporalArithmetic.Subtract(left, d),
        _ => null,
    };

    /// <summary><c>duration * number</c> or <c>number * duration</c>; null when not applicable.</summary>
    public static object? TryMultiply(object left, object right) => (left, right) switch
    {
        (CypherDuration d, long n) => DurationMath.Multiply(d, n),
        (CypherDuration d, double n) => DurationMath.Multiply(d, (decimal)n),
        (long n, CypherDuration d) => DurationMath.Multiply(d, n),
        (double n, CypherDuration d) => DurationMath.Multiply(d, (decimal)n),
        _ => null,
    };

    /// <summary><c>duration / number</c>; null when not applicable.</summary>
    public static object? TryDivide(object left, object right) => (left, right) switch
    {
        (CypherDuration d, long n) => DurationMath.Divide(d, n),
        (CypherDuration d, double n) => DurationMath.Divide(d, (decimal)n),
        _ => null,
    };

    private enum FunctionKind
    {
        Construct,
        Now,
        Truncate,
        FromEpoch,
        Duration,
        Between,
    }

    private static (FunctionKind Kind, TemporalType Type, string Member)? Resolve(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? name : name[..dot];
        var member = dot < 0 ? string.Empty : name[(dot + 1)..].ToLowerInvariant();
        if (string.Equals(head, "duration", StringComparison.OrdinalIgnoreCase))
        {
            return member switch
            {
                "" => (FunctionKind.Duration, default, member),
                "between" or "inmonths" or "indays" or "inseconds" => (FunctionKind.Between, default, member),
                _ => null,
            };
        }

        if (!Constructors.TryGetValue(head, out var type))
        {
            return null;
        }

        return member switch
        {
            "" => (FunctionKind.Construct, type, member),
            "truncate" => (FunctionKind.Truncate, type, member),
            "realtime" or "statement" or "transaction" => (FunctionKind.Now, type, member),
            "fromepoch" or "fromepochmillis" when type == TemporalType.DateTime => (FunctionKind.FromEpoch, type, member),
            _ => null,
        };
    }

    private static object? Construct(TemporalType type, IReadOnlyList<object?> arguments, Func<DateTimeOffset> now, string function)
    {
        if (arguments.Count > 1)
        {
            throw TemporalErrors.InvalidValue(function, "expects at most one argument");
        }

        if (arguments.Count == 0)
        {
            var instant = now();
            var parts = TemporalParts.FromEpochNanos(
                (Int128)instant.ToUnixTimeMilliseconds() * Nanos.PerMillisecond + instant.Ticks % TimeSpan.TicksPerMillisecond * 100, 0, null);
            return parts.To(type);
        }

        return arguments[0] switch
        {
            null => null,
            string text => Parse(type, text),
            IReadOnlyDictionary<string, object?> map when map.Count == 1 && map.TryGetValue("timezone", out var zone) && zone is string z
                => NowInZone(type, now, z),
            IReadOnlyDictionary<string, object?> map => TemporalConstruction.FromMap(type, map, function),
            var other when TemporalParts.TryFrom(other, out _) => TemporalConstruction.Select(type, other!, function),
            var other => throw TemporalErrors.InvalidType(function, other),
        };
    }

    private static object NowInZone(TemporalType type, Func<DateTimeOffset> now, string zone)
    {
        var instant = now();
        var epochNanos = (Int128)instant.ToUnixTimeMilliseconds() * Nanos.PerMillisecond;
        var (offset, region) = TemporalConstruction.ParseZone(zone);
        var utc = TemporalParts.FromEpochNanos(epochNanos, 0, null);
        return (utc with { Offset = 0 }).WithZoneSameInstant(offset, region).To(type);
    }

    private static object Parse(TemporalType type, string text) => type switch
    {
        TemporalType.Date => TemporalParser.ParseDate(text),
        TemporalType.LocalTime => TemporalParser.ParseLocalTime(text),
        TemporalType.Time => TemporalParser.ParseTime(text, 0),
        TemporalType.LocalDateTime => TemporalParser.ParseLocalDateTime(text),
        _ => TemporalParser.ParseDateTime(text, (date, nanos) => new CypherDateTime(date, nanos, 0, null)),
    };

    private static object? Truncate(TemporalType type, IReadOnlyList<object?> arguments, string function)
    {
        if (arguments.Count is < 2 or > 3)
        {
            throw TemporalErrors.InvalidValue(function, "expects (unit, value[, fields])");
        }

        if (arguments[1] is null)
        {
            return null;
        }

        var unit = arguments[0] as string ?? throw TemporalErrors.InvalidType(function, arguments[0]);
        var fields = arguments.Count == 3 ? arguments[2] as IReadOnlyDictionary<string, object?> : null;
        return TemporalTruncation.Truncate(type, unit, arguments[1]!, fields, function);
    }

    private static object? FromEpoch(IReadOnlyList<object?> arguments, bool millis, string function)
    {
        if (arguments.Any(a => a is null))
        {
            return null;
        }

        Int128 epochNanos = millis
            ? (Int128)ToLong(arguments[0], function) * Nanos.PerMillisecond
            : (Int128)ToLong(arguments[0], function) * Nanos.PerSecond + (arguments.Count > 1 ? ToLong(arguments[1], function) : 0);
        return TemporalParts.FromEpochNanos(epochNanos, 0, null).To(TemporalType.DateTime);
    }

    private static object? Duration(IReadOnlyList<object?> arguments, string function)
    {
        if (arguments.Count != 1)
        {
            throw TemporalErrors.InvalidValue(function, "expects one argument");
        }

        return arguments[0] switch
        {
            null => null,
            string text => TemporalParser.ParseDuration(text),
            IReadOnlyDictionary<string, object?> map => DurationFromMap(map, function),
            CypherDuration d => d,
            var other => throw TemporalErrors.InvalidType(function, other),
        };
    }

    private static CypherDuration DurationFromMap(IReadOnlyDictionary<string, object?> map, string function)
    {
        var fields = new Dictionary<string, object?>(map, StringComparer.OrdinalIgnoreCase);
        decimal Get(string key) => fields.TryGetValue(key, out var value) ? value switch
        {
            null => 0m,
            long l => l,
            double d when double.IsFinite(d) => (decimal)d,
            _ => throw TemporalErrors.InvalidType(function, value),
        } : 0m;

        return DurationMath.FromComponents(
            Get("years"), Get("months"), Get("weeks"), Get("days"), Get("hours"), Get("minutes"), Get("seconds"),
            Get("milliseconds") * Nanos.PerMillisecond + Get("microseconds") * Nanos.PerMicrosecond + Get("nanoseconds"));
    }

    private static object? Between(IReadOnlyList<object?> arguments, string member, string function)
    {
        if (arguments.Count != 2)
        {
            throw TemporalErrors.InvalidValue(function, "expects two arguments");
        }

        if (arguments[0] is null || arguments[1] is null)
        {
            return null;
        }

        var unit = member switch
        {
            "inmonths" => TemporalArithmetic.BetweenUnit.Months,
            "indays" => TemporalArithmetic.BetweenUnit.Days,
            "inseconds" => TemporalArithmetic.BetweenUnit.Seconds,
            _ => TemporalArithmetic.BetweenUnit.All,
        };
        return TemporalArithmetic.Between(arguments[0]!, arguments[1]!, unit, function);
    }

    private static long ToLong(object? value, string function) => value switch
    {
        long l => l,
        double d when d == Math.Floor(d) => (long)d,
        _ => throw TemporalErrors.InvalidType(function, value),
    };
}
