using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// <c>apoc.date.convertFormat(temporal, currentFormat, convertTo)</c>
/// (https://neo4j.com/docs/apoc/current/overview/apoc.date/apoc.date.convertFormat/): parses a string with one
/// format and prints it with another. @neo4j/graphql reads DateTime fields as
/// <c>apoc.date.convertFormat(toString(dt), "iso_zoned_date_time", "iso_offset_date_time")</c>. This engine knows
/// Java's predefined ISO formats by name (<see cref="IsoDateTimeFormats"/>); pattern letters such as
/// <c>yyyy-MM-dd</c>, APOC's default target, are refused by name as not supported.
/// </summary>
internal static class ApocDate
{
    public const string ConvertFormatName = "apoc.date.convertFormat";

    public static FunctionDefinition ConvertFormat { get; } = new(
        ConvertFormatName, 3, 3,
        (arguments, _) =>
        {
            // APOC answers null for a null or empty temporal string.
            if (arguments[0] is not string { Length: > 0 } temporal)
            {
                return null;
            }

            var currentFormat = Known(arguments[1], "currentFormat");
            var convertTo = Known(arguments[2], "convertTo");
            var fields = IsoDateTimeFormats.Parse(temporal, currentFormat)
                ?? throw CypherErrors.ApocFunctionFailed(ConvertFormatName,
                    $"java.time.format.DateTimeParseException: Text '{temporal}' could not be parsed as {currentFormat}");
            var (text, missingField) = IsoDateTimeFormats.Print(fields, convertTo);
            return text ?? throw CypherErrors.ApocFunctionFailed(ConvertFormatName,
                $"java.time.temporal.UnsupportedTemporalTypeException: Unsupported field: {missingField}");
        })
    {
        NullInNullOut = false,
    };

    private static string Known(object? format, string argument)
    {
        var name = format as string
            ?? throw CypherErrors.InvalidArgumentType($"{ConvertFormatName} expects a String as {argument}, got {Values.Operations.TypeName(format)}");
        return IsoDateTimeFormats.IsKnown(name)
            ? name
            : throw CypherErrors.InvalidArgumentValue(
                $"{ConvertFormatName}: the format '{name}' ({argument}) is not supported by this engine; it knows {string.Join(", ", IsoDateTimeFormats.Names)}");
    }
}
