using System.Globalization;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// Date: an RFC 3339 full-date <c>YYYY-MM-DD</c> without time or offset (scalars.graphql.org local-date).
/// Input coerces to <see cref="DateOnly"/>; output accepts DateOnly, DateTime, DateTimeOffset and valid strings.
/// </summary>
internal sealed class DateScalar() : ScalarType("Date", "A calendar date without time or time zone, e.g. `2024-05-17` (RFC 3339 full-date).", SpecifiedBy)
{
    public const string SpecifiedBy = "https://scalars.graphql.org/andimarek/local-date.html";

    public override object Serialize(object value) => value switch
    {
        DateOnly d => Format(d),
        DateTime dt => Format(DateOnly.FromDateTime(dt)),
        DateTimeOffset dto => Format(DateOnly.FromDateTime(dto.DateTime)),
        string s when TryParse(s, out var d) => Format(d),
        _ => throw new ScalarCoercionException($"Date cannot represent value: {Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value is string s && TryParse(s, out var d) ? d : throw new ScalarCoercionException($"Date cannot represent value: {Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && TryParse(s.Value, out var d)
            ? d
            : throw new ScalarCoercionException($"Date cannot represent value: {Printer.Print(literal)}");

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
