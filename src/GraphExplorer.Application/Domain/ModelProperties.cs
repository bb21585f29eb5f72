using System.Collections.Frozen;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// The properties each label and relationship type has in the model (cypher/README.md, "Labels" and "Relationships",
/// with the reference names and coordinates of <c>011</c>/<c>012</c>, what <c>load</c> sets on sources, and what the
/// steward mutations write), and the property that names an entity. What <c>load</c>'s strict checks compare a script's
/// writes with (see <c>Loading.ScriptModelChecks</c>); the lineage properties (<c>_batch</c>, …) are the loader's own and
/// not listed. Immutable.
/// </summary>
public static class ModelProperties
{
    // Every entity: its key, the search text built from its names, its visibility level, and the inference mark.
    private static readonly string[] EveryEntity = ["key", "searchText", "visibility", "inferred", "inferenceNote"];

    // Every relationship: its evidence (parallel lists, how it follows from its quote), its mark and visibility.
    private static readonly string[] EveryRelationship = ["sources", "quotes", "basis", "inferred", "inferenceNote", "visibility"];

    // The dates a relationship may carry with their precision and basis (a role since, a state as of, a presence until).
    private static readonly string[] RelationshipDates =
        ["since", "sincePrecision", "sinceBasis", "until", "untilPrecision", "asOf", "asOfPrecision", "asOfBasis"];

    private static readonly FrozenDictionary<EntityType, FrozenSet<string>> Entities = new Dictionary<EntityType, string[]>
    {
        [EntityType.Organization] = ["name", "kind", "aliases", "nameOriginal", "nameJa", "nameEn", "nameFr", "description", "contactEmailJapan", "website"],
        [EntityType.Person] = ["name", "aliases", "nameOriginal", "nameJa", "description"],
        [EntityType.Agreement] =
        [
            "title", "kind", "status", "summary", "aliases", "signedDate", "signedDatePrecision", "dateText", "dateQualifier", "dateNote", "counterpartyNote",
            // The agreement's term (cypher/README.md, "Agreement term").
            "effectiveDate", "effectiveDatePrecision", "effectiveDateBasis", "expiryDate", "expiryDatePrecision", "expiryDateBasis",
            "renewalDate", "renewalDatePrecision", "renewalDateBasis",
        ],
        [EntityType.Event] =
        [
            "name", "kind", "aliases", "nameJa", "startDate", "endDate", "datePrecision", "dateText", "dateQualifier", "dateNote", "status", "description",
            "theme", "edition", "documentUrl", "context", "firstInJapan",
        ],
        [EntityType.Place] = ["name", "kind", "nameOriginal", "aliases", "description", "nameEn", "nameFr", "nameJa", "location"],
        [EntityType.Sector] = ["name", "nameFr", "nameEn", "nameJa", "aliases", "description"],
        [EntityType.Fact] = ["kind", "statement", "value", "unit", "qualifier", "year", "period", "description"],
        [EntityType.Source] =
        [
            "title", "language", "file", "text", "url", "publisher", "publisherInferred", "publisherNote", "titleNote", "publishedDate", "updatedDate",
            "dateNote",
        ],
    }.ToFrozenDictionary(p => p.Key, p => p.Value.Concat(EveryEntity).ToFrozenSet(StringComparer.Ordinal));

    private static readonly FrozenDictionary<string, string[]> RelationshipOwn = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [GraphModel.CitedIn] = ["quote", "status"],
        ["HOLDS_ROLE"] = ["title"],
        ["PARTY_TO"] = ["role"],
        ["IMPLEMENTS"] = ["first"],
        ["SIGNED_AT"] = ["moment"],
        ["PARTICIPATED_IN"] = ["role"],
        ["ORGANIZED"] = ["role"],
        ["SUPPORTED"] = ["role"],
        ["LOCATED_IN"] = ["role"],
        ["HAS_PRESENCE_IN"] = ["status", "activities", "announcedDate", "announcedDatePrecision"],
        ["SUBSIDIARY_OF"] = ["role"],
        ["COOPERATES_WITH"] = ["description"],
        ["PARTNER_OF"] = ["role"],
        ["DIPLOMATIC_RELATIONS"] = ["centenaryYear"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The properties a node of <paramref name="type"/> may have.</summary>
    public static FrozenSet<string> Of(EntityType type) => Entities[type];

    /// <summary>The properties a relationship of <paramref name="type"/> may have; null for a type outside the model.</summary>
    public static IReadOnlySet<string>? OfRelationship(string type) =>
        type == GraphModel.CitedIn || GraphModel.Relationships.ContainsKey(type)
            ? new HashSet<string>(EveryRelationship.Concat(RelationshipDates).Concat(RelationshipOwn.GetValueOrDefault(type) ?? []), StringComparer.Ordinal)
            : null;

    /// <summary>The property that names an entity of <paramref name="type"/>, which the explorer shows as its title.</summary>
    public static string NameOf(EntityType type) => type switch
    {
        EntityType.Agreement or EntityType.Source => "title",
        EntityType.Fact => "statement",
        _ => "name",
    };
}
