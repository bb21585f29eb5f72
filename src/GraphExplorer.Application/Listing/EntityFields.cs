using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Listing;

/// <summary>What a stored scalar holds, which decides the operators its filter takes and how it sorts and aggregates.</summary>
public enum StoredKind
{
    String,
    Id,
    Int,
    Float,
    Boolean,
    /// <summary>A kind stored in lower case (<c>government_agency</c>), shown as the API's enum (<c>GOVERNMENT_AGENCY</c>).</summary>
    Kind,
    /// <summary>A date with a precision: the interval of days it stands for (see <see cref="PartialDate"/>).</summary>
    PartialDate,
    StringList,
}

/// <summary>
/// How a scalar field of an entity is stored: a Cypher expression over the entity's variable (<c>{0}</c>), and for a
/// date the expression of its precision. Expressions are constants of <see cref="EntityFields"/>, never built from input.
/// </summary>
public sealed record StoredScalar(string Field, StoredKind Kind, string Expression, string? Precision = null)
{
    public string On(string variable) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Expression, variable);

    public string PrecisionOn(string variable) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Precision ?? $"'{PartialDate.Day}'", variable);
}

/// <summary>
/// How a relationship field of an entity is stored: a pattern from the entity (<c>{0}</c>) to the related entity
/// (<c>{1}</c>, given its label here when <see cref="Target"/> names one; any entity when null) whose first relationship
/// is bound to <c>{2}</c>. Patterns are constants of <see cref="EntityFields"/>.
/// </summary>
public sealed record StoredRelationship(string Field, string Pattern, EntityType? Target)
{
    public string On(string from, string to, string relationship = "") =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Pattern, from,
            Target is { } target ? $"{to}:{GraphModel.Label(target)}" : to, relationship);
}

/// <summary>
/// The one table from the API's entity fields to the stored graph: what the filter, sort and aggregation generators
/// (<c>Api/QuerySchemaGenerator</c>) and <see cref="WhereCompiler"/> need to turn a field into Cypher. A scalar field of the
/// schema not named here is stored under its own name (<c>n.description</c>); a relationship field not named here has no
/// filter. Fields that are computed (labels, names in each language) have no stored form and are left out by the
/// generator because their types are objects. Thread-safe (immutable).
/// </summary>
public static class EntityFields
{
    /// <summary>The fields of the <c>Entity</c> interface, stored the same way by every label.</summary>
    private static readonly IReadOnlyList<StoredScalar> Common =
    [
        new("id", StoredKind.Id, "{0}.key"),
        new("name", StoredKind.String, "coalesce({0}.name, {0}.title, {0}.statement)"),
        new("inferred", StoredKind.Boolean, "coalesce({0}.inferred, false)"),
        new("inferenceNote", StoredKind.String, "{0}.inferenceNote"),
    ];

    private static readonly IReadOnlyDictionary<EntityType, IReadOnlyList<StoredScalar>> Scalars = new Dictionary<EntityType, IReadOnlyList<StoredScalar>>
    {
        [EntityType.Organization] =
        [
            new("name", StoredKind.String, "{0}.name"),
            new("kind", StoredKind.Kind, "{0}.kind"),
            new("aliases", StoredKind.StringList, "coalesce({0}.aliases, [])"),
            // Seeds keep the official Japanese name in nameJa; stewards write nameOriginal (as Organization.nameOriginal reads).
            new("nameOriginal", StoredKind.String, "coalesce({0}.nameOriginal, {0}.nameJa)"),
        ],
        [EntityType.Person] = [new("name", StoredKind.String, "{0}.name"), new("aliases", StoredKind.StringList, "coalesce({0}.aliases, [])")],
        [EntityType.Agreement] =
        [
            new("name", StoredKind.String, "coalesce({0}.title, {0}.name)"),
            new("title", StoredKind.String, "coalesce({0}.title, {0}.name)"),
            new("kind", StoredKind.Kind, "{0}.kind"),
            new("signed", StoredKind.PartialDate, "{0}.signedDate", "{0}.signedDatePrecision"),
            new("effective", StoredKind.PartialDate, "{0}.effectiveDate", "{0}.effectiveDatePrecision"),
            new("expires", StoredKind.PartialDate, "{0}.expiryDate", "{0}.expiryDatePrecision"),
            new("renewalDue", StoredKind.PartialDate, "{0}.renewalDate", "{0}.renewalDatePrecision"),
        ],
        [EntityType.Event] =
        [
            new("name", StoredKind.String, "{0}.name"),
            new("kind", StoredKind.Kind, "{0}.kind"),
            new("start", StoredKind.PartialDate, "{0}.startDate", "{0}.datePrecision"),
            new("end", StoredKind.PartialDate, "{0}.endDate", "{0}.datePrecision"),
        ],
        [EntityType.Place] = [new("name", StoredKind.String, "{0}.name"), new("kind", StoredKind.Kind, "{0}.kind")],
        [EntityType.Sector] = [new("name", StoredKind.String, "{0}.name")],
        [EntityType.Fact] =
        [
            new("name", StoredKind.String, "{0}.statement"),
            new("statement", StoredKind.String, "{0}.statement"),
            new("kind", StoredKind.Kind, "{0}.kind"),
            new("value", StoredKind.Float, "toFloat({0}.value)"),
            new("period", StoredKind.String, "toString({0}.period)"),
        ],
        [EntityType.Source] =
        [
            new("name", StoredKind.String, "coalesce({0}.title, {0}.name)"),
            new("title", StoredKind.String, "coalesce({0}.title, {0}.name)"),
            new("publisherInferred", StoredKind.Boolean, "coalesce({0}.publisherInferred, false)"),
            // A source's dates are day-precise when stated (as Source.published reads them).
            new("published", StoredKind.PartialDate, "{0}.publishedDate"),
            new("updated", StoredKind.PartialDate, "{0}.updatedDate"),
        ],
    };

    private static readonly IReadOnlyList<StoredRelationship> CommonRelationships =
    [
        new("citations", "({0})-[{2}:CITED_IN]->({1})", EntityType.Source),
    ];

    private static readonly IReadOnlyDictionary<EntityType, IReadOnlyList<StoredRelationship>> Relationships = new Dictionary<EntityType, IReadOnlyList<StoredRelationship>>
    {
        [EntityType.Organization] =
        [
            new("places", "({0})-[{2}:LOCATED_IN|HAS_PRESENCE_IN]->({1})", EntityType.Place),
            new("sectors", "({0})-[{2}:IN_SECTOR]->({1})", EntityType.Sector),
            new("agreements", "({0})-[{2}:PARTY_TO]->({1})", EntityType.Agreement),
            new("events", "({0})-[{2}:PARTICIPATED_IN|ORGANIZED]->({1})", EntityType.Event),
            new("people", "({0})<-[{2}:HOLDS_ROLE]-({1})", EntityType.Person),
            new("facts", "({0})<-[{2}:ABOUT]-({1})", EntityType.Fact),
        ],
        [EntityType.Person] =
        [
            new("roles", "({0})-[{2}:HOLDS_ROLE]->({1})", EntityType.Organization),
            new("agreements", "({0})-[{2}:PARTY_TO]->({1})", EntityType.Agreement),
            new("events", "({0})-[{2}:PARTICIPATED_IN|ORGANIZED]->({1})", EntityType.Event),
        ],
        [EntityType.Agreement] =
        [
            new("parties", "({0})<-[{2}:PARTY_TO]-({1})", null),
            new("sectors", "({0})-[{2}:IN_SECTOR]->({1})", EntityType.Sector),
            new("implements", "({0})-[{2}:IMPLEMENTS]->({1})", EntityType.Agreement),
            new("buildsOn", "({0})-[{2}:BUILDS_ON]->({1})", EntityType.Agreement),
            new("implementedBy", "({0})<-[{2}:IMPLEMENTS|BUILDS_ON]-({1})", EntityType.Agreement),
            new("reinforcedBy", "({0})-[{2}:REINFORCED_BY]->({1})", EntityType.Agreement),
            new("signedAt", "({0})-[{2}:SIGNED_AT]->({1})", EntityType.Event),
        ],
        [EntityType.Event] =
        [
            new("places", "({0})-[{2}:LOCATED_IN]->({1})", EntityType.Place),
            new("partOf", "({0})-[{2}:PART_OF]->({1})", EntityType.Event),
            new("parts", "({0})<-[{2}:PART_OF]-({1})", EntityType.Event),
            new("participants", "({0})<-[{2}:PARTICIPATED_IN]-({1})", null),
            new("organizers", "({0})<-[{2}:ORGANIZED]-({1})", null),
            new("agreementsSigned", "({0})<-[{2}:SIGNED_AT]-({1})", EntityType.Agreement),
            new("sectors", "({0})-[{2}:IN_SECTOR]->({1})", EntityType.Sector),
            new("facts", "({0})<-[{2}:ABOUT]-({1})", EntityType.Fact),
        ],
        [EntityType.Place] =
        [
            new("partOf", "({0})-[{2}:PART_OF]->({1})", EntityType.Place),
            new("twinnedWith", "({0})-[{2}:TWINNED_WITH]-({1})", EntityType.Place),
            // As Place.organizations and Place.events list them: located in the place or in a place within it.
            new("organizations", "({0})<-[:PART_OF*0..6]-(:Place)<-[{2}:LOCATED_IN]-({1})", EntityType.Organization),
            new("events", "({0})<-[:PART_OF*0..6]-(:Place)<-[{2}:LOCATED_IN]-({1})", EntityType.Event),
            new("facts", "({0})<-[{2}:ABOUT]-({1})", EntityType.Fact),
        ],
        [EntityType.Sector] =
        [
            new("organizations", "({0})<-[{2}:IN_SECTOR]-({1})", EntityType.Organization),
            new("agreements", "({0})<-[{2}:IN_SECTOR]-({1})", EntityType.Agreement),
            new("facts", "({0})<-[{2}:IN_SECTOR]-({1})", EntityType.Fact),
        ],
        [EntityType.Fact] =
        [
            new("about", "({0})-[{2}:ABOUT]->({1})", EntityType.Place),
            new("subjects", "({0})-[{2}:ABOUT]->({1})", null),
            new("sectors", "({0})-[{2}:IN_SECTOR]->({1})", EntityType.Sector),
        ],
        [EntityType.Source] = [new("facts", "({0})<-[{2}:CITED_IN]-({1})", EntityType.Fact)],
    };

    /// <summary>How a scalar field of <paramref name="type"/> (null: of the Entity interface) is stored, given its GraphQL type's kind.</summary>
    public static StoredScalar Scalar(EntityType? type, string field, StoredKind schemaKind) =>
        (type is { } t ? Scalars.GetValueOrDefault(t)?.FirstOrDefault(s => s.Field == field) : null)
        ?? Common.FirstOrDefault(s => s.Field == field)
        ?? new StoredScalar(field, schemaKind, schemaKind == StoredKind.StringList ? $"coalesce({{0}}.{field}, [])" : $"{{0}}.{field}");

    /// <summary>How a relationship field is stored, or null when it has no stored pattern (no filter is generated for it).</summary>
    public static StoredRelationship? Relationship(EntityType? type, string field) =>
        (type is { } t ? Relationships.GetValueOrDefault(t)?.FirstOrDefault(r => r.Field == field) : null)
        ?? CommonRelationships.FirstOrDefault(r => r.Field == field);

    /// <summary>The fields named here whose schema type is an object (dates at their precision): stored, though not GraphQL scalars.</summary>
    public static StoredScalar? DeclaredScalar(EntityType? type, string field) =>
        type is { } t ? Scalars.GetValueOrDefault(t)?.FirstOrDefault(s => s.Field == field) : null;
}
