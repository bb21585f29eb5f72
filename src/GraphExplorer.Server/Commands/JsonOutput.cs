using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphExplorer.Server.Commands;

/// <summary>Writes one indented JSON document to a command's output (<c>--json</c>); names and quotes in French and
/// Japanese are written as they are, not as <c>\u</c> escapes.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
