namespace GraphExplorer.Application.Stewardship;

// The inputs of the steward mutations (schema.graphql: OrganizationInput, …). Kinds and precisions are the stored,
// lower-case forms (the GraphQL layer maps its enums: GOVERNMENT_AGENCY → government_agency). An id, when given, names
// the entity to update (or to create with that id); without one a new id is made from the name.
//
// Updates are patches: a field left absent keeps its stored value, a field given as null clears it (Patch<T>), and a
// list is edited (ListEdit<T>: replace, or add/remove). A new entity needs its name (title) and kind.
// LinksInferred / LinksInferenceNote mark the relationships the input adds (see LinkInference).

/// <summary>The source that states a change, and the sentence quoted from it (required: every fact has its quote);
/// <see cref="Inferred"/> with its <see cref="InferenceNote"/> when the sentence supports the entity only by inference
/// (stored on the entity's <c>CITED_IN</c>; a relationship's citations are lists on it, so a link is marked inferred
/// through its own properties instead).</summary>
public sealed record CitationInput(string Source, string Quote, bool? Inferred = null, string? InferenceNote = null)
{
    /// <summary>The note as stored: trimmed, a blank note is none.</summary>
    public string? Note => string.IsNullOrWhiteSpace(InferenceNote) ? null : InferenceNote.Trim();
}

public sealed record OrganizationInput(
    CitationInput Citation,
    string? Id = null,
    Patch<string> Name = default,
    Patch<string> Kind = default,
    ListEdit<string>? Aliases = null,
    Patch<string> NameOriginal = default,
    Patch<string> Description = default,
    Patch<string> Website = default,
    Patch<string> Country = default,
    ListEdit<string>? Sectors = null,
    Patch<bool?> Inferred = default,
    Patch<string> InferenceNote = default,
    Patch<bool?> LinksInferred = default,
    Patch<string> LinksInferenceNote = default,
    Patch<string> Visibility = default);

public sealed record PersonInput(
    CitationInput Citation,
    string? Id = null,
    Patch<string> Name = default,
    ListEdit<string>? Aliases = null,
    Patch<bool?> Inferred = default,
    Patch<string> InferenceNote = default,
    Patch<string> Visibility = default);

/// <summary>A party and the capacity it signed in (<see cref="Role"/> absent: an existing party keeps its role).</summary>
public sealed record PartyInput(string Id, Patch<string> Role = default);

public sealed record AgreementInput(
    CitationInput Citation,
    string? Id = null,
    Patch<string> Title = default,
    Patch<string> Kind = default,
    ListEdit<PartyInput>? Parties = null,
    Patch<DateOnly?> SignedDate = default,
    Patch<string> SignedDatePrecision = default,
    Patch<string> DateText = default,
    Patch<string> DateNote = default,
    Patch<string> Status = default,
    Patch<string> Summary = default,
    Patch<string> CounterpartyNote = default,
    ListEdit<string>? Aliases = null,
    ListEdit<string>? Sectors = null,
    ListEdit<string>? Implements = null,
    Patch<bool?> Inferred = default,
    Patch<string> InferenceNote = default,
    Patch<string> DateQualifier = default,
    Patch<bool?> LinksInferred = default,
    Patch<string> LinksInferenceNote = default,
    Patch<string> Visibility = default,
    Patch<DateOnly?> EffectiveDate = default,
    Patch<string> EffectiveDatePrecision = default,
    Patch<string> EffectiveDateBasis = default,
    Patch<DateOnly?> ExpiryDate = default,
    Patch<string> ExpiryDatePrecision = default,
    Patch<string> ExpiryDateBasis = default,
    Patch<DateOnly?> RenewalDate = default,
    Patch<string> RenewalDatePrecision = default,
    Patch<string> RenewalDateBasis = default);

public sealed record EventInput(
    CitationInput Citation,
    string? Id = null,
    Patch<string> Name = default,
    Patch<string> Kind = default,
    Patch<DateOnly?> StartDate = default,
    Patch<DateOnly?> EndDate = default,
    Patch<string> DatePrecision = default,
    Patch<string> DateText = default,
    Patch<string> DateNote = default,
    ListEdit<string>? Aliases = null,
    ListEdit<string>? Places = null,
    Patch<string> PartOf = default,
    ListEdit<string>? Sectors = null,
    Patch<bool?> Inferred = default,
    Patch<string> InferenceNote = default,
    Patch<string> DateQualifier = default,
    Patch<bool?> LinksInferred = default,
    Patch<string> LinksInferenceNote = default,
    Patch<string> Visibility = default);

/// <summary>A relationship's properties; <see cref="Inferred"/> with its <see cref="InferenceNote"/> when the quoted
/// sentence does not state it in so many words (the rule of <see cref="Domain.Inference.Problem"/>).
/// <see cref="SincePrecision"/> and <see cref="UntilPrecision"/> are the stored precisions (<c>day</c>, <c>month</c>,
/// <c>year</c>) of the dates; absent, a date is known to the day.</summary>
public sealed record LinkProperties(
    string? Role = null, string? Title = null, DateOnly? Since = null, DateOnly? Until = null, bool? Inferred = null, string? InferenceNote = null,
    string? SincePrecision = null, string? UntilPrecision = null);

/// <param name="Visibility">The tie's visibility level (see <c>Visibility.VisibilityLevels</c>); absent, a new tie is at the
/// lowest level and an existing one keeps its level, so citing a restricted tie again never makes it public.</param>
public sealed record LinkInput(string From, string To, string Type, CitationInput Citation, LinkProperties? Properties = null, string? Visibility = null);

/// <summary>One steward change as recorded (<c>(:AuditEntry {id, steward, at, operation, target, details, before,
/// after, deleted})</c>); <see cref="Id"/> is also the batch id stamped on everything the change wrote.</summary>
/// <param name="Before">The entities the change touched, as they were (<see cref="EntitySnapshot.Text"/>, one a
/// paragraph); null for a change recorded before snapshots were kept.</param>
/// <param name="After">The same entities after the change (a deleted one is absent).</param>
/// <param name="Deleted">What the change deleted: <c>node org:x</c>, <c>rel org:x IN_SECTOR sector:space</c>.</param>
public sealed record AuditEntry(
    string Id,
    string Steward,
    DateTimeOffset At,
    string Operation,
    string? Target,
    string Details,
    string? Before = null,
    string? After = null,
    IReadOnlyList<string>? Deleted = null);

public sealed record MutationResult(Exploration.EntityRecord? Entity, AuditEntry Audit);

/// <summary>A source article (<c>Source</c> node), created or patched like the entities; <see cref="Text"/> is the
/// article's text that citations are checked against. No citation: a source is the evidence itself.</summary>
public sealed record SourceInput(
    string? Id = null,
    Patch<string> Title = default,
    Patch<string> TitleNote = default,
    Patch<string> Publisher = default,
    Patch<bool?> PublisherInferred = default,
    Patch<string> PublisherNote = default,
    Patch<DateOnly?> PublishedDate = default,
    Patch<DateOnly?> UpdatedDate = default,
    Patch<string> DateNote = default,
    Patch<string> Language = default,
    Patch<string> Url = default,
    Patch<string> File = default,
    Patch<string> Text = default);

/// <summary>One citation to remove: of the entity <see cref="Id"/>, or of the relationship <see cref="From"/>
/// -[<see cref="Type"/>]-> <see cref="To"/>; the source and quote name it.</summary>
/// <param name="RemoveFact">When it is the fact's last citation: false refuses the change; true retracts the fact with
/// it (deletes the entity or the relationship).</param>
public sealed record RemoveCitationInput(
    string Source, string Quote, string? Id = null, string? From = null, string? To = null, string? Type = null, bool RemoveFact = false);
