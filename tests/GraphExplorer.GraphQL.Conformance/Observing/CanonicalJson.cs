using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphExplorer.GraphQL.Conformance.Observing;

/// <summary>
/// JSON conversions shared by the engine side: CLR values to the same canonical text graphql-js's side writes with
/// <c>JSON.stringify</c> (object keys sorted, JavaScript number and string formatting), and JSON to plain CLR values
/// (ordered dictionaries, lists, long/double, string, bool) for root values.
/// </summary>
internal static class CanonicalJson
{
    public static string Write(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    /// <summary>A JSON value as the CLR values a resolver would return: objects keep their key order.</summary>
    public static object? ToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToClr(p.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(ToClr).ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.TryGetValue<long>(out var integer) => integer,
        JsonValue v => v.GetValue<double>(),
        _ => throw new ArgumentException($"unexpected JSON node {node.GetType().Name}", nameof(node)),
    };

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case string s:
                WriteString(text, s);
                break;
            case Enum e:
                WriteString(text, e.ToString());
                break;
            case double or float or decimal:
                text.Append(Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case JsonElement element:
                Write(text, ToClr(JsonNode.Parse(element.GetRawText())));
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteObject(text, map);
                break;
            case IDictionary<string, object?> dictionary:
                WriteObject(text, dictionary.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
                break;
            case IEnumerable list:
                text.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    Write(text, item);
                }

                text.Append(']');
                break;
            default:
                WriteString(text, value.ToString() ?? "");
                break;
        }
    }

    private static void WriteObject(StringBuilder text, IReadOnlyDictionary<string, object?> map)
    {
        text.Append('{');
        var first = true;
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            text.Append(first ? "" : ",");
            first = false;
            WriteString(text, key);
            text.Append(':');
            Write(text, map[key]);
        }

        text.Append('}');
    }

    /// <summary>JavaScript's Number.prototype.toString for finite values (JSON.stringify writes null otherwise).</summary>
    private static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }

        if (value == 0)
        {
            return "0"; // JavaScript writes -0 as 0
        }

        if (Math.Floor(value) == value && Math.Abs(value) < 1e21)
        {
            return value.ToString("F0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E', StringComparison.Ordinal);
        if (exponent < 0)
        {
            return text;
        }

        var power = int.Parse(text[(exponent + 1)..], CultureInfo.InvariantCulture);
        return text[..exponent] + "e" + (power < 0 ? "-" : "+") + Math.Abs(power).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>JSON.stringify's string quoting: only the quote, the backslash and control characters are escaped.</summary>
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }

        text.Append('"');
    }
}
