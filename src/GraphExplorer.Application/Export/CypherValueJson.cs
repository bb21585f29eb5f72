using System.Text.Json;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Export;

/// <summary>
/// Cypher values as JSON, for stewards' tools (<c>load --json</c>'s diff, <c>query --json</c>): strings, integers,
/// finite floats, booleans, lists and maps are JSON's own; a node is <c>{"elementId", "labels", "properties"}</c>, a
/// relationship <c>{"elementId", "type", "start", "end", "properties"}</c>, a path <c>{"nodes", "relationships"}</c>;
/// other values (dates, durations, points, NaN) are their Cypher literal (<c>date('2024-06-12')</c>), which reads back as
/// the same value. Thread-safe (stateless).
/// </summary>
public static class CypherValueJson
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case CypherNode node:
                writer.WriteStartObject();
                writer.WriteString("elementId", node.ElementId);
                writer.WritePropertyName("labels");
                Write(writer, node.Labels);
                writer.WritePropertyName("properties");
                Write(writer, node.Properties);
                writer.WriteEndObject();
                break;
            case CypherRelationship relationship:
                writer.WriteStartObject();
                writer.WriteString("elementId", relationship.ElementId);
                writer.WriteString("type", relationship.Type);
                writer.WriteString("start", relationship.StartElementId);
                writer.WriteString("end", relationship.EndElementId);
                writer.WritePropertyName("properties");
                Write(writer, relationship.Properties);
                writer.WriteEndObject();
                break;
            case CypherPath path:
                writer.WriteStartObject();
                writer.WritePropertyName("nodes");
                Write(writer, path.Nodes);
                writer.WritePropertyName("relationships");
                Write(writer, path.Relationships);
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(CypherLiteral.Write(value));
                break;
        }
    }
}
