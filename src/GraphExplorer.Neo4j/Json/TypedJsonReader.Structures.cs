using System.Globalization;
using System.Text.Json;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Neo4j.Json;

/// <summary>Nodes, relationships, paths and vectors: the typed values whose <c>_value</c> is itself structured.</summary>
internal static partial class TypedJsonReader
{
    private static CypherNode ReadNode(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "Node");
        string? elementId = null;
        List<string>? labels = null;
        Dictionary<string, object?>? properties = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("_element_id"u8))
            {
                reader.Read();
                elementId = reader.GetString();
            }
            else if (reader.ValueTextEquals("_labels"u8))
            {
                reader.Read();
                labels = ReadStrings(ref reader);
            }
            else if (reader.ValueTextEquals("_properties"u8))
            {
                reader.Read();
                properties = ReadMap(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new CypherNode(
            elementId ?? throw new JsonException("A Node value has no \"_element_id\"."),
            labels ?? [],
            properties ?? new Dictionary<string, object?>(StringComparer.Ordinal));
    }

    private static CypherRelationship ReadRelationship(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "Relationship");
        string? elementId = null, start = null, end = null, type = null;
        Dictionary<string, object?>? properties = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("_element_id"u8))
            {
                reader.Read();
                elementId = reader.GetString();
            }
            else if (reader.ValueTextEquals("_start_node_element_id"u8))
            {
                reader.Read();
                start = reader.GetString();
            }
            else if (reader.ValueTextEquals("_end_node_element_id"u8))
            {
                reader.Read();
                end = reader.GetString();
            }
            else if (reader.ValueTextEquals("_type"u8))
            {
                reader.Read();
                type = reader.GetString();
            }
            else if (reader.ValueTextEquals("_properties"u8))
            {
                reader.Read();
                properties = ReadMap(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (elementId is null || start is null || end is null || type is null)
        {
            throw new JsonException(
                "A Relationship value needs \"_element_id\", \"_start_node_element_id\", \"_end_node_element_id\" and \"_type\".");
        }

        return new CypherRelationship(elementId, type, start, end, properties ?? new Dictionary<string, object?>(StringComparer.Ordinal));
    }

    /// <summary>A path is an array alternating nodes and relationships, starting and ending with a node.</summary>
    private static CypherPath ReadPath(ref Utf8JsonReader reader)
    {
        var items = ReadList(ref reader);
        if (items.Count % 2 == 0)
        {
            throw new JsonException($"A Path value must alternate nodes and relationships and hold an odd number of them; it holds {items.Count}.");
        }

        var nodes = new List<CypherNode>((items.Count / 2) + 1);
        var relationships = new List<CypherRelationship>(items.Count / 2);
        for (var i = 0; i < items.Count; i++)
        {
            if (i % 2 == 0)
            {
                nodes.Add(items[i] as CypherNode ?? throw new JsonException($"Item {i} of a Path value must be a Node."));
            }
            else
            {
                relationships.Add(items[i] as CypherRelationship ?? throw new JsonException($"Item {i} of a Path value must be a Relationship."));
            }
        }

        return new CypherPath(nodes, relationships);
    }

    private static List<object?> ReadVector(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "Vector");
        var floating = false;
        List<string>? coordinates = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("coordinatesType"u8))
            {
                reader.Read();
                floating = reader.ValueTextEquals("FLOAT64"u8) || reader.ValueTextEquals("FLOAT32"u8);
            }
            else if (reader.ValueTextEquals("coordinates"u8))
            {
                reader.Read();
                coordinates = ReadStrings(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        var result = new List<object?>(coordinates?.Count ?? 0);
        foreach (var coordinate in coordinates ?? [])
        {
            result.Add(floating
                ? double.Parse(coordinate, NumberStyles.Float, CultureInfo.InvariantCulture)
                : long.Parse(coordinate, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        return result;
    }
}
