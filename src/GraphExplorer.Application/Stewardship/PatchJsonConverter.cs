using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Application.Stewardship;

/// <summary>Writes a given <see cref="Patch{T}"/> as its value (null when it clears) for the audit entry's recorded
/// input; absent ones are left out by the serializer (they are the default). Write-only: inputs come from GraphQL.</summary>
internal sealed class PatchJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Patch<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Writer<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class Writer<T> : JsonConverter<Patch<T>>
    {
        public override Patch<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Patch values are read from GraphQL inputs, not JSON.");

        public override void Write(Utf8JsonWriter writer, Patch<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, options);
    }
}
