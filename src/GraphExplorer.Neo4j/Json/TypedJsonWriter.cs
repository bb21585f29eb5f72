using System.Collections;
using System.Globalization;
using System.Text.Json;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Neo4j.Json;

/// <summary>
/// Encodes parameter values as Neo4j typed JSON, so that no type is lost on the way: integers travel as decimal strings
/// (all 64 bits survive, unlike JSON numbers read as doubles), floats as round-trip strings, temporals as ISO-8601 text
/// with nanoseconds.
/// </summary>
/// <remarks>
/// Accepts the canonical values of <see cref="CypherValues"/> and the convenience CLR types <see cref="CypherValues.Normalize"/>
/// accepts (int, float, decimal, DateOnly, DateTime, DateTimeOffset, dictionaries, enumerables), plus <c>byte[]</c> which is
/// sent as a Neo4j byte array (Base64). A <see cref="CypherDateTime"/> with a zone id is sent as a ZonedDateTime, one without
/// as an OffsetDateTime. Nodes, relationships and paths cannot be parameters of the Query API. Anything else throws an
/// <see cref="ArgumentException"/> that names the path of the offending value (<c>$person.tags[2]</c>).
/// </remarks>
internal static class TypedJsonWriter
{
    public static void WriteParameters(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> parameters)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in parameters)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value, name, depth: 0);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value, string path, int depth)
    {
        if (depth > 64)
        {
            throw new ArgumentException($"Parameter ${path} nests deeper than 64 levels; is it cyclic?");
        }

        switch (value)
        {
            case null:
                writer.WriteStartObject();
                writer.WriteString("$type"u8, "Null"u8);
                writer.WriteNull("_value"u8);
                writer.WriteEndObject();
                return;
            case string text:
                WriteTyped(writer, "String"u8, text);
                return;
            case bool flag:
                writer.WriteStartObject();
                writer.WriteString("$type"u8, "Boolean"u8);
                writer.WriteBoolean("_value"u8, flag);
                writer.WriteEndObject();
                return;
            case long number:
                WriteInteger(writer, number);
                return;
            case int number:
                WriteInteger(writer, number);
                return;
            case short number:
                WriteInteger(writer, number);
                return;
            case byte number:
                WriteInteger(writer, number);
                return;
            case sbyte number:
                WriteInteger(writer, number);
                return;
            case uint number:
                WriteInteger(writer, number);
                return;
            case ushort number:
                WriteInteger(writer, number);
                return;
            case ulong number when number <= long.MaxValue:
                WriteInteger(writer, (long)number);
                return;
            case double number:
                WriteFloat(writer, number);
                return;
            case float number:
                WriteFloat(writer, number);
                return;
            case decimal number:
                WriteFloat(writer, (double)number);
                return;
            case char character:
                WriteTyped(writer, "String"u8, character.ToString());
                return;
            case byte[] bytes:
                writer.WriteStartObject();
                writer.WriteString("$type"u8, "Base64"u8);
                writer.WriteBase64String("_value"u8, bytes);
                writer.WriteEndObject();
                return;
            case CypherDate date:
                WriteTyped(writer, "Date"u8, TemporalText.Format(date));
                return;
            case DateOnly date:
                WriteTyped(writer, "Date"u8, TemporalText.Format(new CypherDate(date)));
                return;
            case CypherLocalTime time:
                WriteTyped(writer, "LocalTime"u8, TemporalText.Format(time));
                return;
            case CypherTime time:
                WriteTyped(writer, "Time"u8, TemporalText.Format(time));
                return;
            case CypherLocalDateTime dateTime:
                WriteTyped(writer, "LocalDateTime"u8, TemporalText.Format(dateTime));
                return;
            case CypherDateTime dateTime:
                WriteTyped(writer, dateTime.ZoneId is null ? "OffsetDateTime"u8 : "ZonedDateTime"u8, TemporalText.Format(dateTime));
                return;
            case CypherDuration duration:
                WriteTyped(writer, "Duration"u8, TemporalText.Format(duration));
                return;
            case CypherPoint point:
                WriteTyped(writer, "Point"u8, PointText.Format(point));
                return;
            case DateTime or DateTimeOffset:
                WriteValue(writer, CypherValues.Normalize(value), path, depth);
                return;
            case CypherNode or CypherRelationship or CypherPath:
                throw new ArgumentException(
                    $"Parameter ${path} is a {CypherValues.TypeName(value)}; the Neo4j Query API takes no graph entities as parameters. "
                    + "Pass its element id and MATCH it instead.");
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                writer.WriteString("$type"u8, "Map"u8);
                writer.WriteStartObject("_value"u8);
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item, $"{path}.{key}", depth + 1);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                writer.WriteString("$type"u8, "Map"u8);
                writer.WriteStartObject("_value"u8);
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key as string
                        ?? throw new ArgumentException($"Parameter ${path} is a map with a {entry.Key.GetType().Name} key; Cypher maps need string keys.");
                    writer.WritePropertyName(key);
                    WriteValue(writer, entry.Value, $"{path}.{key}", depth + 1);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartObject();
                writer.WriteString("$type"u8, "List"u8);
                writer.WriteStartArray("_value"u8);
                var index = 0;
                foreach (var item in items)
                {
                    WriteValue(writer, item, $"{path}[{index++}]", depth + 1);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                return;
            default:
                throw new ArgumentException(
                    $"Parameter ${path} is a {value.GetType().FullName}, which has no Cypher equivalent.");
        }
    }

    private static void WriteInteger(Utf8JsonWriter writer, long number)
    {
        Span<byte> digits = stackalloc byte[20];
        number.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("$type"u8, "Integer"u8);
        writer.WriteString("_value"u8, digits[..written]);
        writer.WriteEndObject();
    }

    private static void WriteFloat(Utf8JsonWriter writer, double number)
    {
        // "R" round-trips every double; NaN and infinities use the spellings Neo4j reads ("NaN", "Infinity", "-Infinity").
        var text = double.IsNaN(number) ? "NaN"
            : double.IsPositiveInfinity(number) ? "Infinity"
            : double.IsNegativeInfinity(number) ? "-Infinity"
            : number.ToString("R", CultureInfo.InvariantCulture);
        WriteTyped(writer, "Float"u8, text);
    }

    private static void WriteTyped(Utf8JsonWriter writer, ReadOnlySpan<byte> type, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("$type"u8, type);
        writer.WriteString("_value"u8, value);
        writer.WriteEndObject();
    }
}
