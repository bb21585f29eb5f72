using System.Text.Json;
using GraphExplorer.Application.Export;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// A <see cref="ChangeSet"/> as JSON, every value whole: <c>{"nodes": [{"change", "identity", "labels", "labelsAdded",
/// "labelsRemoved", "properties": [{"name", "change", "before", "after"}]}], "relationships": [{"change", "start",
/// "type", "end", "properties"}]}</c>, changes as <c>created</c> / <c>changed</c> / <c>deleted</c>, values as
/// <see cref="CypherValueJson"/> writes them.
/// </summary>
public static class ChangeSetJson
{
    public static void Write(Utf8JsonWriter writer, ChangeSet changes)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("nodes");
        foreach (var node in changes.Nodes)
        {
            writer.WriteStartObject();
            writer.WriteString("change", Name(node.Kind));
            writer.WriteString("identity", node.Identity);
            Strings(writer, "labels", node.Labels);
            Strings(writer, "labelsAdded", node.LabelsAdded);
            Strings(writer, "labelsRemoved", node.LabelsRemoved);
            Properties(writer, node.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relationships");
        foreach (var relationship in changes.Relationships)
        {
            writer.WriteStartObject();
            writer.WriteString("change", Name(relationship.Kind));
            writer.WriteString("start", relationship.Start);
            writer.WriteString("type", relationship.Type);
            writer.WriteString("end", relationship.End);
            Properties(writer, relationship.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string Name(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    private static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Properties(Utf8JsonWriter writer, IReadOnlyList<PropertyChange> properties)
    {
        writer.WriteStartArray("properties");
        foreach (var property in properties)
        {
            writer.WriteStartObject();
            writer.WriteString("name", property.Name);
            writer.WriteString("change", Name(property.Kind));
            writer.WritePropertyName("before");
            CypherValueJson.Write(writer, property.Before);
            writer.WritePropertyName("after");
            CypherValueJson.Write(writer, property.After);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
