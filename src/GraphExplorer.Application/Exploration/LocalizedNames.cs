namespace GraphExplorer.Application.Exploration;

/// <summary>
/// An entity's name in each interface language (English, French, Japanese), read from the stored properties
/// <c>nameEn</c>, <c>nameFr</c> and <c>nameJa</c>. A language the graph records no name in is null: the entity's
/// <c>name</c> (its original form) is then what a reader sees. Immutable.
/// </summary>
public sealed record LocalizedNames(string? En, string? Fr, string? Ja)
{
    /// <summary>The stored properties, in the order of the record's members.</summary>
    public static readonly IReadOnlyList<string> StoredProperties = ["nameEn", "nameFr", "nameJa"];

    public static LocalizedNames Of(IReadOnlyDictionary<string, object?> properties) => new(
        properties.GetValueOrDefault("nameEn") as string,
        properties.GetValueOrDefault("nameFr") as string,
        properties.GetValueOrDefault("nameJa") as string);
}
