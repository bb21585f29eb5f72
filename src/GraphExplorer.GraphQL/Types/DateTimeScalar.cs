using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// DateTime: an RFC 3339 date-time with a mandatory offset (scalars.graphql.org date-time), output with millisecond
/// precision. Input coerces to <see cref="DateTimeOffset"/>; a DateTime of unspecified kind is taken as UTC on output.
/// </summary>
internal sealed partial class DateTimeScalar() : ScalarType("DateTime", "An instant with time zone offset, e.g. `2024-05-17T10:15:30.000Z` (RFC 3339 date-time).", SpecifiedBy)
{
    public const string SpecifiedBy = "https://scalars.graphql.org/andimarek/date-time.html";

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset dto => Format(dto),
        DateTime dt => Format(dt.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dt, TimeSpan.Zero) : new DateTimeOffset(dt)),
        string s when TryParse(s, out var dto) => Format(dto),
        _ => throw new ScalarCoercionException($"DateTime cannot represent value: {Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value is string s && TryParse(s, out var dto) ? dto : throw new ScalarCoercionException($"DateTime cannot represent value: {Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && TryParse(s.Value, out var dto)
            ? dto
            : throw new ScalarCoercionException($"DateTime cannot represent value: {Printer.Print(literal)}");

    private static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return Rfc3339().IsMatch(text) &&
               DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
