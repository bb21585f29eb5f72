using System.Globalization;
using System.Text;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Export;

/// <summary>
/// Writes property values as Cypher literals that read back to the same value on the embedded engine and on Neo4j:
/// strings quoted and escaped, floats always with a decimal point or exponent (so they stay floats), dates as
/// <c>date('…')</c>, the other temporal types as their map constructors (exact to the nanosecond, zone ids kept), points
/// as <c>point({srid: …, x: …, y: …})</c>.
/// Also the canonical text of values for comparisons and fingerprints (map keys sorted).
/// </summary>
public static class CypherLiteral
{
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case long l:
                builder.Append(l == long.MinValue ? "-9223372036854775807 - 1" : l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                AppendFloat(builder, d);
                break;
            case string s:
                AppendString(builder, s);
                break;
            case CypherDate date:
                // Neo4j's text form, which date() reads back on both backends for every year (+10000-01-01, -0001-01-01).
                builder.Append("date('").Append(date.ToString()).Append("')");
                break;
            case CypherLocalTime t:
                builder.Append("localtime(").Append(TimeMap(t.NanosecondOfDay, null, null)).Append(')');
                break;
            case CypherTime t:
                builder.Append("time(").Append(TimeMap(t.NanosecondOfDay, Offset(t.OffsetSeconds), null)).Append(')');
                break;
            case CypherLocalDateTime dt:
                builder.Append("localdatetime(").Append(DateTimeMap(dt.Date, dt.NanosecondOfDay, null)).Append(')');
                break;
            case CypherDateTime dt:
                builder.Append("datetime(").Append(DateTimeMap(dt.Date, dt.NanosecondOfDay, dt.ZoneId ?? Offset(dt.OffsetSeconds))).Append(')');
                break;
            case CypherDuration d:
                builder.Append(CultureInfo.InvariantCulture, $"duration({{months: {d.Months}, days: {d.Days}, seconds: {d.Seconds}, nanoseconds: {d.Nanoseconds}}})");
                break;
            case CypherPoint point:
                // srid with x/y[/z] names every coordinate reference system on both backends.
                builder.Append(CultureInfo.InvariantCulture, $"point({{srid: {point.Srid}, x: ");
                AppendFloat(builder, point.X);
                builder.Append(", y: ");
                AppendFloat(builder, point.Y);
                if (point.Z is { } z)
                {
                    builder.Append(", z: ");
                    AppendFloat(builder, z);
                }

                builder.Append("})");
                break;
            case IReadOnlyDictionary<string, object?> map:
                AppendMap(builder, map);
                break;
            case IEnumerable<object?> list:
                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    builder.Append(first ? "" : ", ");
                    first = false;
                    Append(builder, item);
                }

                builder.Append(']');
                break;
            default:
                throw new NotSupportedException($"A {CypherValues.TypeName(value)} cannot be written as a property literal.");
        }
    }

    /// <summary>A map literal with keys in ordinal order (so equal maps give equal text).</summary>
    public static void AppendMap(StringBuilder builder, IReadOnlyDictionary<string, object?> map)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(first ? "" : ", ");
            first = false;
            builder.Append(Name(key)).Append(": ");
            Append(builder, item);
        }

        builder.Append('}');
    }

    /// <summary>A label, type or property name, backquoted unless it is a plain identifier.</summary>
    public static string Name(string name)
    {
        var plain = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return plain ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
    }

    private static void AppendFloat(StringBuilder builder, double d)
    {
        if (double.IsNaN(d))
        {
            builder.Append("(0.0 / 0.0)");
        }
        else if (double.IsPositiveInfinity(d))
        {
            builder.Append("(1.0 / 0.0)");
        }
        else if (double.IsNegativeInfinity(d))
        {
            builder.Append("(-1.0 / 0.0)");
        }
        else
        {
            var text = d.ToString("R", CultureInfo.InvariantCulture);
            builder.Append(text);
            if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
            {
                builder.Append(".0");
            }
        }
    }

    private static void AppendString(StringBuilder builder, string s)
    {
        builder.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\'': builder.Append("\\'"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('\'');
    }

    private static string Offset(int seconds)
    {
        var sign = seconds < 0 ? "-" : "+";
        var abs = Math.Abs(seconds);
        var text = $"{sign}{abs / 3600:00}:{abs / 60 % 60:00}";
        return abs % 60 == 0 ? text : $"{text}:{abs % 60:00}";
    }

    private static string TimeMap(long nanosecondOfDay, string? offset, string? _)
    {
        var map = $"hour: {nanosecondOfDay / 3_600_000_000_000}, minute: {nanosecondOfDay / 60_000_000_000 % 60}, second: {nanosecondOfDay / 1_000_000_000 % 60}, nanosecond: {nanosecondOfDay % 1_000_000_000}";
        return offset is null ? $"{{{map}}}" : $"{{{map}, timezone: '{offset}'}}";
    }

    private static string DateTimeMap(CivilDate date, long nanosecondOfDay, string? zone)
    {
        var time = TimeMap(nanosecondOfDay, zone, null);
        return $"{{year: {date.Year}, month: {date.Month}, day: {date.Day}, {time[1..]}";
    }
}
