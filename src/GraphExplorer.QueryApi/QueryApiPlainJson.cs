using System.Globalization;
using System.Text.Json;
using GraphExplorer.Database.Values;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.QueryApi;

/// <summary>
/// The Query API's plain JSON (<c>application/json</c>), for clients that do not ask for typed JSON: numbers, strings,
/// booleans, lists and maps as themselves; a node as <c>{elementId, labels, properties}</c> and a relationship as
/// <c>{elementId, startNodeElementId, endNodeElementId, type, properties}</c> (as the Query API documentation shows);
/// temporal values and points as their text (the same text as typed JSON's <c>_value</c>); bytes as base64. Plain JSON
/// cannot tell an integer 1 from a float 1.0 or a date from a string: a client that needs to should ask for typed JSON.
/// </summary>
/// <remarks>Stateless and thread-safe. A parameter it cannot read throws <see cref="QueryApiRequestException"/>.</remarks>
internal static class QueryApiPlainJson
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case long number:
                writer.WriteNumberValue(number);
                return;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                return;
            case double number:
                // JSON has no NaN or infinities: written as Neo4j's typed JSON writes them, as text.
                writer.WriteStringValue(double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                return;
            case byte[] bytes:
                writer.WriteBase64StringValue(bytes);
                return;
            case CypherDate date:
                writer.WriteStringValue(TemporalText.Format(date));
                return;
            case CypherLocalTime time:
                writer.WriteStringValue(TemporalText.Format(time));
                return;
            case CypherTime time:
                writer.WriteStringValue(TemporalText.Format(time));
                return;
            case CypherLocalDateTime dateTime:
                writer.WriteStringValue(TemporalText.Format(dateTime));
                return;
            case CypherDateTime dateTime:
                writer.WriteStringValue(TemporalText.Format(dateTime));
                return;
            case CypherDuration duration:
                writer.WriteStringValue(TemporalText.Format(duration));
                return;
            case CypherPoint point:
                writer.WriteStringValue(QueryApiTypedJson.PointText(point));
                return;
            case CypherNode node:
                writer.WriteStartObject();
                writer.WriteString("elementId", node.ElementId);
                writer.WriteStartArray("labels");
                foreach (var label in node.Labels)
                {
                    writer.WriteStringValue(label);
                }

                writer.WriteEndArray();
                writer.WritePropertyName("properties");
                WriteMap(writer, node.Properties);
                writer.WriteEndObject();
                return;
            case CypherRelationship relationship:
                writer.WriteStartObject();
                writer.WriteString("elementId", relationship.ElementId);
                writer.WriteString("startNodeElementId", relationship.StartElementId);
                writer.WriteString("endNodeElementId", relationship.EndElementId);
                writer.WriteString("type", relationship.Type);
                writer.WritePropertyName("properties");
                WriteMap(writer, relationship.Properties);
                writer.WriteEndObject();
                return;
            case CypherPath path:
                // The alternating list of its nodes and relationships, starting and ending with a node.
                writer.WriteStartArray();
                for (var i = 0; i < path.Nodes.Count; i++)
                {
                    WriteValue(writer, path.Nodes[i]);
                    if (i < path.Relationships.Count)
                    {
                        WriteValue(writer, path.Relationships[i]);
                    }
                }

                writer.WriteEndArray();
                return;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                return;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            default:
                throw new InvalidOperationException($"The database returned a {value.GetType().FullName}, which has no JSON form.");
        }
    }

    /// <summary>Reads plain-JSON <c>parameters</c>: a whole number is an integer, any other number a float.</summary>
    public static IReadOnlyDictionary<string, object?> ReadParameters(JsonElement parameters) =>
        parameters.ValueKind == JsonValueKind.Object
            ? parameters.EnumerateObject().ToDictionary(m => m.Name, m => ReadValue(m.Value, "$" + m.Name), StringComparer.Ordinal)
            : throw new QueryApiRequestException("\"parameters\" must be an object.");

    private static object? ReadValue(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer
            : element.TryGetDouble(out var number) ? number
            : throw new QueryApiRequestException($"Parameter {path} is a number out of range: {element.GetRawText()}"),
        JsonValueKind.Array => element.EnumerateArray().Select((item, index) => ReadValue(item, $"{path}[{index}]")).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(m => m.Name, m => ReadValue(m.Value, $"{path}.{m.Name}"), StringComparer.Ordinal),
        _ => throw new QueryApiRequestException($"Parameter {path} cannot be read: {element.GetRawText()}"),
    };

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }
}
