using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Neo4j.Json;

/// <summary>Writes a parameter map as typed JSON (see <see cref="TypedJsonWriter"/>); reads one back (used by tests and fakes).</summary>
internal sealed class TypedParametersConverter : JsonConverter<IReadOnlyDictionary<string, object?>>
{
    public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TypedJsonReader.ReadMap(ref reader);

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options) =>
        TypedJsonWriter.WriteParameters(writer, value);
}
