using System.Collections.Frozen;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// The fixed vocabulary of the data model: labels, key prefixes, relationship types and kinds. Every label or
/// relationship type that reaches a Cypher text comes from here (an allow-list), never from user input.
/// </summary>
public static class GraphModel
{
    /// <summary>Provenance: a node's citation of a source. Not drawn as a neighbour; shown as citations.</summary>
    public const string CitedIn = "CITED_IN";

    public const string AuditLabel = "AuditEntry";

    private static readonly FrozenDictionary<EntityType, string> Prefixes = new Dictionary<EntityType, string>
    {
        [EntityType.Organization] = "org:",
        [EntityType.Person] = "person:",
        [EntityType.Agreement] = "agr:",
        [EntityType.Event] = "evt:",
        [EntityType.Place] = "place:",
        [EntityType.Sector] = "sector:",
        [EntityType.Source] = "src:",
        [EntityType.Fact] = "fact:",
    }.ToFrozenDictionary();

    /// <summary>The entity types in a stable order.</summary>
    public static IReadOnlyList<EntityType> EntityTypes { get; } = Enum.GetValues<EntityType>();

    /// <summary>Entity types whose nodes state facts and so need a citation (places and sectors are reference data).</summary>
    public static IReadOnlyList<EntityType> CitedTypes { get; } =
        [EntityType.Organization, EntityType.Person, EntityType.Agreement, EntityType.Event, EntityType.Fact];

    /// <summary>Entity types found by search (those with a <c>searchText</c>).</summary>
    public static IReadOnlyList<EntityType> SearchableTypes { get; } =
        [EntityType.Organization, EntityType.Person, EntityType.Agreement, EntityType.Event, EntityType.Place, EntityType.Sector, EntityType.Fact, EntityType.Source];

    /// <summary>Relationship types and what they join, from the model's table. Direction is start → end.</summary>
    public static FrozenDictionary<string, RelationshipRule> Relationships { get; } = new RelationshipRule[]
    {
        new("HOLDS_ROLE", "holds role in", [EntityType.Person], [EntityType.Organization]),
        new("PARTY_TO", "party to", [EntityType.Organization, EntityType.Person], [EntityType.Agreement]),
        new("IMPLEMENTS", "implements", [EntityType.Agreement], [EntityType.Agreement]),
        new("REINFORCED_BY", "reinforced by", [EntityType.Agreement], [EntityType.Agreement]),
        new("BUILDS_ON", "builds on", [EntityType.Agreement], [EntityType.Agreement]),
        new("SIGNED_AT", "signed at", [EntityType.Agreement], [EntityType.Event]),
        new("PARTICIPATED_IN", "participated in", [EntityType.Organization, EntityType.Person], [EntityType.Event]),
        new("ORGANIZED", "organized", [EntityType.Organization], [EntityType.Event]),
        new("SUPPORTED", "supported", [EntityType.Organization], [EntityType.Event, EntityType.Organization]),
        new("PART_OF", "part of", [EntityType.Event, EntityType.Place, EntityType.Organization], [EntityType.Event, EntityType.Place, EntityType.Organization]),
        new("FOLLOWS_UP", "follows up", [EntityType.Event], [EntityType.Event]),
        new("LOCATED_IN", "located in", [EntityType.Organization, EntityType.Event, EntityType.Agreement], [EntityType.Place]),
        new("HAS_PRESENCE_IN", "present in", [EntityType.Organization], [EntityType.Place]),
        new("SUBSIDIARY_OF", "subsidiary of", [EntityType.Organization], [EntityType.Organization]),
        new("COOPERATES_WITH", "cooperates with", [EntityType.Organization], [EntityType.Organization]),
        new("PARTNER_OF", "partner of", [EntityType.Organization], [EntityType.Place, EntityType.Organization]),
        new("IN_SECTOR", "in sector", [EntityType.Organization, EntityType.Agreement, EntityType.Event, EntityType.Fact], [EntityType.Sector]),
        new("ABOUT", "about", [EntityType.Fact], [EntityType.Place, EntityType.Organization, EntityType.Event]),
        new("TWINNED_WITH", "twinned with", [EntityType.Place], [EntityType.Place]),
        new("DIPLOMATIC_RELATIONS", "diplomatic relations", [EntityType.Place], [EntityType.Place]),
        new(CitedIn, "cited in", [.. EntityTypes], [EntityType.Source]),
    }.ToFrozenDictionary(r => r.Type, StringComparer.Ordinal);

    /// <summary>The relationship types that may be drawn and walked (every type but provenance).</summary>
    public static IReadOnlyList<string> DrawableRelationshipTypes { get; } =
        [.. Relationships.Keys.Where(t => t != CitedIn).Order(StringComparer.Ordinal)];

    public static FrozenSet<string> OrganizationKinds { get; } = Set(
        "government", "government_body", "government_agency", "embassy", "trade_office", "chamber", "business_association",
        "cluster", "economic_development_agency", "economic_interest_group", "regional_authority", "city_authority",
        "university", "research_institute", "cultural_institution", "orchestra", "company");

    public static FrozenSet<string> AgreementKinds { get; } = Set(
        "cooperation_agreement", "intergovernmental_agreement", "letter_of_intent", "air_services_agreement", "mou",
        "agreement_in_principle", "partnership");

    public static FrozenSet<string> AgreementStatuses { get; } = Set("signed", "concluded", "active", "planned");

    /// <summary>
    /// The states of an agreement's life a cited sentence may state (<c>CITED_IN.status</c> of an agreement, see
    /// <see cref="Exploration.AgreementLifecycleStep"/>), in the order an agreement passes through them: the order
    /// breaks ties between steps of the same date. « Dormant » is not among them: it is a conclusion drawn from the
    /// absence of cited activity, not something a source states.
    /// </summary>
    public static IReadOnlyList<string> AgreementLifecycle { get; } =
        ["announced", "under_negotiation", "concluded", "signed", "in_force", "implemented", "active", "renewed", "expired", "terminated"];

    public static FrozenSet<string> EventKinds { get; } = Set(
        "expo", "mission_programme", "trade_mission", "national_day", "business_forum", "workshop", "conference",
        "round_table", "bilateral_meeting", "official_meeting", "reception", "company_visit", "site_visit",
        "ecosystem_visit", "b2b_meetings", "tourism_promotion", "concert", "exhibition_opening", "signing_ceremony",
        "state_visit", "thematic_fortnight", "press_conference", "follow_up_programme");

    public static FrozenSet<string> PlaceKinds { get; } = Set("country", "region", "prefecture", "city", "venue");

    public static FrozenSet<string> FactKinds { get; } = Set(
        "trade", "ranking", "investment", "employment", "market_presence", "attendance", "participation", "activity",
        "financing", "relations", "organization_profile");

    public static FrozenSet<string> DatePrecisions { get; } = Set("day", "month", "year");

    /// <summary>The part of a month (<c>early</c>, <c>mid</c>, <c>late</c>) or of a year (the seasons) a source names;
    /// see <see cref="PartialDate"/>.</summary>
    public static FrozenSet<string> DateQualifiers { get; } = Set("early", "mid", "late", "spring", "summer", "autumn", "winter");

    /// <summary>The node label of an entity type (the enum name is the label).</summary>
    public static string Label(EntityType type) => type.ToString();

    public static string KeyPrefix(EntityType type) => Prefixes[type];

    /// <summary>The entity type of a label, or null for labels outside the model (AuditEntry, AppliedScript, …).</summary>
    public static EntityType? TypeOfLabel(string label) =>
        Enum.TryParse<EntityType>(label, ignoreCase: false, out var type) && Label(type) == label ? type : null;

    /// <summary>The entity type of the first model label in a node's labels.</summary>
    public static EntityType? TypeOfLabels(IEnumerable<string> labels) =>
        labels.Select(TypeOfLabel).FirstOrDefault(t => t is not null);

    /// <summary>The entity type a key's prefix names (<c>org:jaxa</c> → Organization), or null.</summary>
    public static EntityType? TypeOfKey(string key)
    {
        foreach (var (type, prefix) in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The entity type of a key, or a clear error naming the key.</summary>
    public static EntityType RequireTypeOfKey(string key) =>
        TypeOfKey(key) ?? throw ApplicationErrors.UnknownId(key,
            $"'{key}' is not an entity id: ids start with one of {string.Join(", ", Prefixes.Values.Select(p => $"'{p}'"))}");

    /// <summary>What ids of these types look like, for error messages: "an organization (org:…) or a person (person:…)".</summary>
    public static string DescribeIds(IEnumerable<EntityType> types) =>
        string.Join(" or ", types.Select(t => $"a{(t is EntityType.Organization or EntityType.Agreement or EntityType.Event ? "n" : "")} {t.ToString().ToLowerInvariant()} ({KeyPrefix(t)}…)"));

    /// <summary>The human label of a relationship type (<c>PARTY_TO</c> → "party to").</summary>
    public static string RelationshipLabel(string type) =>
        Relationships.TryGetValue(type, out var rule) ? rule.Label : type.ToLowerInvariant().Replace('_', ' ');

    private static FrozenSet<string> Set(params string[] values) => values.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>A relationship type of the model: its human label and the entity types it may join.</summary>
public sealed record RelationshipRule(string Type, string Label, IReadOnlyList<EntityType> From, IReadOnlyList<EntityType> To);
