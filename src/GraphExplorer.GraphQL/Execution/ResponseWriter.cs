using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// Writes a response as JSON (spec §7.1) with System.Text.Json: "errors" first when present (the spec recommends it,
/// as graphql-js does), then "data" (field order as selected), then "extensions". Strings are escaped like
/// JSON.stringify (quotes, backslashes, control characters), not HTML-escaped. Thread-safe (stateless).
/// </summary>
public static class ResponseWriter
{
    private static readonly JsonWriterOptions Compact = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Indented = Compact with { Indented = true };

    /// <summary>A per-thread buffer for <see cref="ToJson"/> (its content is copied into the returned string).</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static string ToJson(ExecutionResult result, bool indented = false)
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        t_buffer = null;
        try
        {
            Write(buffer, result, indented);
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            // Keep buffers up to 1 MiB for the next call on this thread; larger ones go back to the GC.
            if (buffer.Capacity <= 1024 * 1024)
            {
                buffer.ResetWrittenCount();
                t_buffer = buffer;
            }
        }
    }

    /// <summary>A per-thread compact writer, re-targeted with <see cref="Utf8JsonWriter.Reset(IBufferWriter{byte})"/> per response.</summary>
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static void Write(IBufferWriter<byte> output, ExecutionResult result, bool indented = false)
    {
        if (indented)
        {
            using var indentedWriter = new Utf8JsonWriter(output, Indented);
            Write(indentedWriter, result);
            return;
        }

        var writer = t_writer ?? new Utf8JsonWriter(output, Compact);
        t_writer = null;
        writer.Reset(output);
        try
        {
            Write(writer, result);
        }
        finally
        {
            // Drop the reference to the caller's output before keeping the writer for the next response.
            writer.Reset(Stream.Null);
            t_writer = writer;
        }
    }

    /// <summary>A response key encoded once, as <see cref="Write(IBufferWriter{byte}, ExecutionResult, bool)"/> would write it.</summary>
    internal static JsonEncodedText EncodeKey(string key) => JsonEncodedText.Encode(key, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { } errors)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case ResultMap map: WriteResultMap(writer, map); break;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f: writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case byte by: writer.WriteNumberValue(by); break;
            case uint ui: writer.WriteNumberValue(ui); break;
            case ulong ul: writer.WriteNumberValue(ul); break;
            case JsonElement element: element.WriteTo(writer); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key.ToString()!);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }

    private static void WriteResultMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        var keys = map.Shape.EncodedKeys;
        var values = map.Values;
        for (var i = 0; i < values.Length; i++)
        {
            writer.WritePropertyName(keys[i]);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }
}
