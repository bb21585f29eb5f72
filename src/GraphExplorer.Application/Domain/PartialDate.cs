using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// A date as its source gives it. The graph stores the first day of what the source says (<c>2024-06-01</c> for
/// « juin 2024 », <c>2025-01-01</c> for « 2025 ») with a precision (<c>day</c>, <c>month</c>, <c>year</c>), optionally
/// a qualifier naming the part of that month or year the source names (« fin mai » is <c>late</c> May, « au printemps
/// 2026 » is <c>spring</c> 2026), the source's own wording and a note on how the date was arrived at.
/// The date stands for the interval <see cref="Earliest"/>–<see cref="Latest"/>: the whole month or year. A qualifier
/// narrows the wording, not the interval, because no source says where « fin mai » begins.
/// </summary>
/// <param name="Value">The stored date: the first day of the interval.</param>
/// <param name="Precision">The stored precision: <c>day</c>, <c>month</c> or <c>year</c> (absent is read as <c>day</c>).</param>
/// <param name="Qualifier">One of <see cref="GraphModel.DateQualifiers"/>, or null.</param>
/// <param name="Text">The source's wording (« fin mai 2025 »), or null.</param>
/// <param name="Note">What the source says about the date, or how it was dated, or null.</param>
public sealed record PartialDate(DateOnly Value, string Precision, string? Qualifier, string? Text, string? Note)
{
    public const string Day = "day";
    public const string Month = "month";
    public const string Year = "year";

    /// <summary>The first day the date may stand for.</summary>
    public DateOnly Earliest => Value;

    /// <summary>The last day the date may stand for: the end of its month or year.</summary>
    public DateOnly Latest => LastDay(Value, Precision);

    /// <summary>The last day of the interval a date of this precision starting on <paramref name="start"/> stands for.</summary>
    public static DateOnly LastDay(DateOnly start, string? precision) => precision switch
    {
        Year => new DateOnly(start.Year, 12, 31),
        Month => new DateOnly(start.Year, start.Month, 1).AddMonths(1).AddDays(-1),
        _ => start,
    };

    /// <summary>The first day of the interval of this precision that contains <paramref name="date"/>.</summary>
    public static DateOnly FirstDay(DateOnly date, string? precision) => precision switch
    {
        Year => new DateOnly(date.Year, 1, 1),
        Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };

    /// <summary>Reads a stored date with its companions; null when <paramref name="date"/> is not a date.</summary>
    public static PartialDate? Read(object? date, object? precision, object? qualifier = null, object? text = null, object? note = null) =>
        AsDate(date) is { } value
            ? new PartialDate(value, precision as string ?? Day, qualifier as string, text as string, note as string)
            : null;

    /// <summary>
    /// What is wrong with a stored or given <c>dateQualifier</c>, or null when there is none or it fits: a qualifier
    /// names a part of the month (early, mid, late) or of the year (a season) of the date it qualifies, so it needs a
    /// date of that precision. The one home of the rule, for loaded data and for stewards' changes.
    /// </summary>
    public static string? QualifierProblem(object? qualifier, object? precision)
    {
        if (qualifier is null)
        {
            return null;
        }

        var expected = qualifier switch
        {
            "early" or "mid" or "late" => Month,
            "spring" or "summer" or "autumn" or "winter" => Year,
            _ => null,
        };
        return expected is null
            ? $"dateQualifier '{qualifier}' is not one of {string.Join(", ", GraphModel.DateQualifiers.Order(StringComparer.Ordinal))}"
            : Equals(precision, expected) ? null : $"dateQualifier '{qualifier}' needs a date of {expected} precision, not '{precision ?? "none"}'";
    }

    /// <summary>
    /// A date of a relationship (<c>since</c>, <c>until</c>, <c>asOf</c>) with its <c>…Precision</c> companion and,
    /// as its note, its <c>…Basis</c> (how the date was arrived at: « Centenaire des relations bilatérales en 2027 »).
    /// </summary>
    public static PartialDate? OfRelationship(IReadOnlyDictionary<string, object?> properties, string date) =>
        Read(properties.GetValueOrDefault(date), properties.GetValueOrDefault(date + "Precision"),
            note: properties.GetValueOrDefault(date + "Basis"));

    /// <summary>The date at its precision in reduced ISO 8601: <c>2024-06-11</c>, <c>2024-06</c>, <c>2024</c>.</summary>
    public string Iso => Precision switch
    {
        Year => Value.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        Month => Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static DateOnly? AsDate(object? value) => value switch
    {
        CypherDate d => d.Value,
        DateOnly d => d,
        _ => null,
    };
}
