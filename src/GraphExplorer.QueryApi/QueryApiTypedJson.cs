using System.Globalization;
using System.Text.Json;
using GraphExplorer.Database.Values;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.QueryApi;

/// <summary>
/// The Query API's typed JSON (Query API "Result formats": every value is <c>{"$type": T, "_value": v}</c>):
/// writes result values and reads parameter values. Written from the documentation, apart from the client's codec, so a
/// shape the client gets wrong is not mirrored here; only the temporal texts reuse the client's <see cref="TemporalText"/>
/// (tested on its own against java.time's forms).
/// </summary>
/// <remarks>Stateless and thread-safe. A parameter it cannot read throws <see cref="QueryApiRequestException"/>.</remarks>
internal static class QueryApiTypedJson
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteStartObject();
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                writer.WriteEndObject();
                return;
            case string text:
                Scalar(writer, "String", text);
                return;
            case bool flag:
                writer.WriteStartObject();
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", flag);
                writer.WriteEndObject();
                return;
            case long number:
                Scalar(writer, "Integer", number.ToString(CultureInfo.InvariantCulture));
                return;
            case double number:
                Scalar(writer, "Float", double.IsNaN(number) ? "NaN"
                    : double.IsPositiveInfinity(number) ? "Infinity"
                    : double.IsNegativeInfinity(number) ? "-Infinity"
                    : number.ToString("R", CultureInfo.InvariantCulture));
                return;
            case byte[] bytes:
                writer.WriteStartObject();
                writer.WriteString("$type", "Base64");
                writer.WriteBase64String("_value", bytes);
                writer.WriteEndObject();
                return;
            case CypherDate date:
                Scalar(writer, "Date", TemporalText.Format(date));
                return;
            case CypherLocalTime time:
                Scalar(writer, "LocalTime", TemporalText.Format(time));
                return;
            case CypherTime time:
                Scalar(writer, "Time", TemporalText.Format(time));
                return;
            case CypherLocalDateTime dateTime:
                Scalar(writer, "LocalDateTime", TemporalText.Format(dateTime));
                return;
            case CypherDateTime dateTime:
                Scalar(writer, dateTime.ZoneId is null ? "OffsetDateTime" : "ZonedDateTime", TemporalText.Format(dateTime));
                return;
            case CypherDuration duration:
                Scalar(writer, "Duration", TemporalText.Format(duration));
                return;
            case CypherPoint point:
                Scalar(writer, "Point", PointText(point));
                return;
            case CypherNode node:
                writer.WriteStartObject();
                writer.WriteString("$type", "Node");
                writer.WriteStartObject("_value");
                writer.WriteString("_element_id", node.ElementId);
                writer.WriteStartArray("_labels");
                foreach (var label in node.Labels)
                {
                    writer.WriteStringValue(label);
                }

                writer.WriteEndArray();
                writer.WritePropertyName("_properties");
                WriteProperties(writer, node.Properties);
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case CypherRelationship relationship:
                writer.WriteStartObject();
                writer.WriteString("$type", "Relationship");
                writer.WriteStartObject("_value");
                writer.WriteString("_element_id", relationship.ElementId);
                writer.WriteString("_start_node_element_id", relationship.StartElementId);
                writer.WriteString("_end_node_element_id", relationship.EndElementId);
                writer.WriteString("_type", relationship.Type);
                writer.WritePropertyName("_properties");
                WriteProperties(writer, relationship.Properties);
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case CypherPath path:
                // A path is the alternating list of its nodes and relationships, starting and ending with a node.
                writer.WriteStartObject();
                writer.WriteString("$type", "Path");
                writer.WriteStartArray("_value");
                for (var i = 0; i < path.Nodes.Count; i++)
                {
                    WriteValue(writer, path.Nodes[i]);
                    if (i < path.Relationships.Count)
                    {
                        WriteValue(writer, path.Relationships[i]);
                    }
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                return;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                writer.WriteString("$type", "Map");
                writer.WritePropertyName("_value");
                WriteProperties(writer, map);
                writer.WriteEndObject();
                return;
            case System.Collections.IEnumerable items:
                writer.WriteStartObject();
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                return;
            default:
                throw new InvalidOperationException($"The embedded engine returned a {value.GetType().FullName}, which has no typed JSON form.");
        }
    }

    /// <summary>Reads the <c>parameters</c> object of a request: each member is a typed value.</summary>
    public static IReadOnlyDictionary<string, object?> ReadParameters(JsonElement parameters)
    {
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            throw new QueryApiRequestException("\"parameters\" must be an object.");
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in parameters.EnumerateObject())
        {
            values[member.Name] = ReadValue(member.Value, "$" + member.Name);
        }

        return values;
    }

    private static object? ReadValue(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("_value", out var value))
        {
            throw new QueryApiRequestException($"Parameter {path} is not a typed value {{\"$type\": ..., \"_value\": ...}}: {element.GetRawText()}");
        }

        var type = typeElement.GetString()!;
        try
        {
            return type switch
            {
                "Null" => null,
                "Boolean" => value.GetBoolean(),
                "String" => value.GetString(),
                "Integer" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                "Float" => value.GetString() switch
                {
                    "NaN" => double.NaN,
                    "Infinity" => double.PositiveInfinity,
                    "-Infinity" => double.NegativeInfinity,
                    var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
                },
                "Base64" => value.GetBytesFromBase64(),
                "Date" => TemporalText.ParseDate(value.GetString()!),
                "LocalTime" => TemporalText.ParseLocalTime(value.GetString()!),
                "Time" => TemporalText.ParseTime(value.GetString()!),
                "LocalDateTime" => TemporalText.ParseLocalDateTime(value.GetString()!),
                "OffsetDateTime" or "ZonedDateTime" => TemporalText.ParseDateTime(value.GetString()!, type),
                "Duration" => TemporalText.ParseDuration(value.GetString()!),
                "Point" => ReadPoint(value.GetString()!),
                "List" => value.EnumerateArray().Select((item, index) => ReadValue(item, $"{path}[{index}]")).ToList(),
                "Map" => value.EnumerateObject().ToDictionary(m => m.Name, m => ReadValue(m.Value, $"{path}.{m.Name}"), StringComparer.Ordinal),
                _ => throw new QueryApiRequestException($"Parameter {path} has type {type}, which the Query API does not take as a parameter."),
            };
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or OverflowException)
        {
            throw new QueryApiRequestException($"Parameter {path} is not a valid {type}: {exception.Message}");
        }
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in properties)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void Scalar(Utf8JsonWriter writer, string type, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WriteString("_value", value);
        writer.WriteEndObject();
    }

    /// <summary>The documentation's form of a point: extended WKT with the SRID, "POINT Z" for three coordinates.</summary>
    internal static string PointText(CypherPoint point) => point.Z is { } z
        ? string.Create(CultureInfo.InvariantCulture, $"SRID={point.Srid};POINT Z ({point.X:R} {point.Y:R} {z:R})")
        : string.Create(CultureInfo.InvariantCulture, $"SRID={point.Srid};POINT ({point.X:R} {point.Y:R})");

    /// <summary>"SRID=4326;POINT (12.99 55.61)" or "SRID=4979;POINT Z (12.99 55.61 10)".</summary>
    private static CypherPoint ReadPoint(string text)
    {
        var parts = text.Split(';', 2);
        if (parts.Length != 2 || !parts[0].StartsWith("SRID=", StringComparison.Ordinal) || !parts[1].Contains('(') || !parts[1].EndsWith(')'))
        {
            throw new FormatException($"\"{text}\" is not a point in the form SRID=<srid>;POINT (<x> <y>).");
        }

        var srid = int.Parse(parts[0]["SRID=".Length..], CultureInfo.InvariantCulture);
        var numbers = parts[1][(parts[1].IndexOf('(', StringComparison.Ordinal) + 1)..parts[1].LastIndexOf(')')]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.Parse(n, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
        return numbers.Length == 3 ? new CypherPoint(srid, numbers[0], numbers[1], numbers[2]) : new CypherPoint(srid, numbers[0], numbers[1]);
    }
}
