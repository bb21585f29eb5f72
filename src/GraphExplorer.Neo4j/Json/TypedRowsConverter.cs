using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Neo4j.Json;

/// <summary>
/// Reads <c>data.values</c> of a typed JSON response: an array of rows, each an array of typed values in the order of
/// <c>data.fields</c>. A row that is a single typed value rather than an array is read as a one-column row.
/// </summary>
internal sealed class TypedRowsConverter : JsonConverter<IReadOnlyList<object?[]>>
{
    public override IReadOnlyList<object?[]> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected \"values\" to be an array of rows but found {reader.TokenType}.");
        }

        var rows = new List<object?[]>();
        var row = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                row.Clear();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    row.Add(TypedJsonReader.ReadValue(ref reader));
                }

                rows.Add(row.ToArray());
            }
            else
            {
                rows.Add([TypedJsonReader.ReadValue(ref reader)]);
            }
        }

        return rows;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<object?[]> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var row in value)
        {
            writer.WriteStartArray();
            for (var i = 0; i < row.Length; i++)
            {
                TypedJsonWriter.WriteValue(writer, row[i], $"row[{i}]", depth: 0);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
