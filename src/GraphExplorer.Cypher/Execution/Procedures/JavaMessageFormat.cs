using System.Globalization;
using System.Text;
using GraphExplorer.Cypher.Execution.Values;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// The part of Java's <c>String.format</c> that APOC's messages use (<c>apoc.util.validate(…, 'message %d', [42])</c>):
/// <c>%s</c>, <c>%d</c>, <c>%%</c> and <c>%n</c>. Any other conversion is refused by name rather than guessed.
/// </summary>
internal static class JavaMessageFormat
{
    /// <summary>The formatted message, or the Java exception text (class and message) that explains why it cannot be.</summary>
    public static (string? Message, string? Failure) Format(string message, IReadOnlyList<object?> arguments)
    {
        var text = new StringBuilder(message.Length + 16);
        var next = 0;
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] != '%')
            {
                text.Append(message[i]);
                continue;
            }

            if (i + 1 >= message.Length)
            {
                return (null, "java.util.UnknownFormatConversionException: Conversion = '%'");
            }

            var conversion = message[++i];
            switch (conversion)
            {
                case '%':
                    text.Append('%');
                    break;
                case 'n':
                    text.Append('\n');
                    break;
                case 's' or 'd':
                    if (next >= arguments.Count)
                    {
                        return (null, $"java.util.MissingFormatArgumentException: Format specifier '%{conversion}'");
                    }

                    var argument = arguments[next++];
                    if (conversion == 'd' && argument is not (long or null))
                    {
                        return (null, $"java.util.IllegalFormatConversionException: d != {JavaClassName(argument)}");
                    }

                    text.Append(JavaText(argument));
                    break;
                default:
                    return (null, $"java.util.UnknownFormatConversionException: Conversion = '{conversion}' (only %s, %d, %% and %n are supported by this engine)");
            }
        }

        return (text.ToString(), null);
    }

    /// <summary>What Java's <c>toString()</c> gives for a value APOC receives (lists as <c>[a, b]</c>, maps as <c>{k=v}</c>).</summary>
    private static string JavaText(object? value) => value switch
    {
        null => "null",
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Operations.FormatFloat(d),
        bool b => b ? "true" : "false",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(JavaText)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => e.Key + "=" + JavaText(e.Value))) + "}",
        _ => Operations.ToStringValue(value),
    };

    private static string JavaClassName(object? value) => value switch
    {
        string => "java.lang.String",
        double => "java.lang.Double",
        bool => "java.lang.Boolean",
        _ => Operations.TypeName(value),
    };
}
