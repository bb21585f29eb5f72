using System.Globalization;
using System.Text.Json;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Neo4j.Json;

/// <summary>
/// Decodes Neo4j's typed JSON (<c>{"$type": "...", "_value": ...}</c>, media type <c>application/vnd.neo4j.query</c>
/// and its versions up to v1.1) into the CLR representation of <see cref="GraphExplorer.Database.CypherValues"/>.
/// </summary>
/// <remarks>
/// Mapping: Null → null; Boolean → bool; Integer (a decimal string) → long; Float (a string, with NaN and ±Infinity) →
/// double; String → string; Base64 → byte[]; List → <see cref="List{T}"/>; Map → <see cref="Dictionary{TKey,TValue}"/>;
/// Date, Time, LocalTime, LocalDateTime → the Cypher records of the same names; OffsetDateTime and ZonedDateTime →
/// <see cref="CypherDateTime"/> (with the zone id for the latter); Duration → <see cref="CypherDuration"/>; Node,
/// Relationship, Path → <see cref="CypherNode"/>, <see cref="CypherRelationship"/>, <see cref="CypherPath"/>;
/// Point (<c>SRID=7203;POINT (1.2 3.4)</c>) → <see cref="CypherPoint"/>; Vector → a list of
/// long or double. An Unsupported value or an unknown type fails with a <see cref="JsonException"/> naming it.
/// <para>Readers are positioned on the value's first token and left on its last. Callers must hand in a reader that holds
/// the whole value (System.Text.Json guarantees this inside custom converters), because the value may precede its type.</para>
/// </remarks>
internal static partial class TypedJsonReader
{
    /// <summary>Reads one typed value; the reader is on its <c>StartObject</c> and is left on its <c>EndObject</c>.</summary>
    public static object? ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a typed value {{\"$type\": ..., \"_value\": ...}} but found {reader.TokenType}.");
        }

        Utf8JsonReader typeToken = default, valueToken = default;
        bool hasType = false, hasValue = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("$type"u8))
            {
                reader.Read();
                typeToken = reader;
                hasType = reader.TokenType == JsonTokenType.String;
            }
            else if (reader.ValueTextEquals("_value"u8))
            {
                reader.Read();
                valueToken = reader;
                hasValue = true;
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (!hasType || !hasValue)
        {
            throw new JsonException("A typed value needs a string \"$type\" and a \"_value\".");
        }

        return Decode(ref typeToken, ref valueToken);
    }

    /// <summary>Reads a JSON array of typed values.</summary>
    public static List<object?> ReadList(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "List");
        var list = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ReadValue(ref reader));
        }

        return list;
    }

    /// <summary>Reads a JSON object whose members are typed values.</summary>
    public static Dictionary<string, object?> ReadMap(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "Map");
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = ReadValue(ref reader);
        }

        return map;
    }

    private static object? Decode(ref Utf8JsonReader type, ref Utf8JsonReader value)
    {
        // Ordered by how often each type appears in results.
        if (type.ValueTextEquals("String"u8))
        {
            return value.TokenType == JsonTokenType.String ? value.GetString() : throw Mismatch(ref type, ref value);
        }

        if (type.ValueTextEquals("Integer"u8))
        {
            return ReadInteger(ref value);
        }

        if (type.ValueTextEquals("Null"u8))
        {
            return null;
        }

        if (type.ValueTextEquals("Boolean"u8))
        {
            return value.TokenType switch
            {
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                _ => throw Mismatch(ref type, ref value),
            };
        }

        if (type.ValueTextEquals("Float"u8))
        {
            return ReadFloat(ref value);
        }

        if (type.ValueTextEquals("Node"u8))
        {
            return ReadNode(ref value);
        }

        if (type.ValueTextEquals("Relationship"u8))
        {
            return ReadRelationship(ref value);
        }

        if (type.ValueTextEquals("List"u8))
        {
            return ReadList(ref value);
        }

        if (type.ValueTextEquals("Map"u8))
        {
            return ReadMap(ref value);
        }

        if (type.ValueTextEquals("Path"u8))
        {
            return ReadPath(ref value);
        }

        if (type.ValueTextEquals("Vector"u8))
        {
            return ReadVector(ref value);
        }

        if (type.ValueTextEquals("Base64"u8))
        {
            return value.TokenType == JsonTokenType.String ? value.GetBytesFromBase64() : throw Mismatch(ref type, ref value);
        }

        if (type.ValueTextEquals("Unsupported"u8))
        {
            throw new JsonException(
                $"Neo4j returned a value of a type it cannot serialise: {(value.TokenType == JsonTokenType.String ? value.GetString() : "(no detail)")}");
        }

        var typeName = type.GetString()!;
        if (value.TokenType != JsonTokenType.String)
        {
            throw Mismatch(ref type, ref value);
        }

        var text = value.GetString()!;
        try
        {
            return typeName switch
            {
                "Date" => TemporalText.ParseDate(text),
                "LocalTime" => TemporalText.ParseLocalTime(text),
                "Time" => TemporalText.ParseTime(text),
                "LocalDateTime" => TemporalText.ParseLocalDateTime(text),
                "OffsetDateTime" or "ZonedDateTime" => TemporalText.ParseDateTime(text, typeName),
                "Duration" => TemporalText.ParseDuration(text),
                "Point" => PointText.Parse(text),
                _ => throw new JsonException($"Unknown typed JSON type \"{typeName}\" (value \"{text}\")."),
            };
        }
        catch (FormatException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    private static long ReadInteger(ref Utf8JsonReader value)
    {
        if (value.TokenType == JsonTokenType.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.TokenType == JsonTokenType.String
            && long.TryParse(value.ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            && !value.ValueIsEscaped)
        {
            return parsed;
        }

        throw new JsonException($"An Integer value must be a 64-bit decimal string; found {Describe(ref value)}.");
    }

    private static double ReadFloat(ref Utf8JsonReader value)
    {
        if (value.TokenType == JsonTokenType.Number)
        {
            return value.GetDouble();
        }

        if (value.TokenType == JsonTokenType.String
            && double.TryParse(
                value.ValueSpan,
                NumberStyles.Float,
                CultureInfo.InvariantCulture,
                out var parsed))
        {
            return parsed;
        }

        throw new JsonException($"A Float value must be a decimal, scientific, NaN or Infinity string; found {Describe(ref value)}.");
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "list of strings");
        var strings = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            strings.Add(reader.GetString() ?? throw new JsonException("Expected a string, found null."));
        }

        return strings;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} for a {what} value but found {reader.TokenType}.");
        }
    }

    private static JsonException Mismatch(ref Utf8JsonReader type, ref Utf8JsonReader value) =>
        new($"A typed value of type \"{type.GetString()}\" cannot hold {Describe(ref value)}.");

    private static string Describe(ref Utf8JsonReader value) =>
        value.TokenType is JsonTokenType.String or JsonTokenType.Number
            ? $"{value.TokenType} '{(value.TokenType == JsonTokenType.String ? value.GetString() : System.Text.Encoding.UTF8.GetString(value.ValueSpan))}'"
            : value.TokenType.ToString();
}
