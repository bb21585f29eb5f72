namespace GraphExplorer.Application.Stewardship;

// The inputs of the steward mutations (schema.graphql: OrganizationInput, …). Kinds and precisions are the stored,
// lower-case forms (the GraphQL layer maps its enums: GOVERNMENT_AGENCY → government_agency). An id, when given, names
// the entity to update (or to create with that id); without one a new id is made from the name.

/// <summary>The source that states a change, and the sentence quoted from it (required: every fact has its quote).</summary>
public sealed record CitationInput(string Source, string Quote);

public sealed record OrganizationInput(
    string Name,
    string Kind,
    CitationInput Citation,
    string? Id = null,
    IReadOnlyList<string>? Aliases = null,
    string? NameOriginal = null,
    string? Description = null,
    string? Website = null,
    string? Country = null,
    IReadOnlyList<string>? Sectors = null);

public sealed record PersonInput(string Name, CitationInput Citation, string? Id = null, IReadOnlyList<string>? Aliases = null);

public sealed record PartyInput(string Id, string? Role = null);

public sealed record AgreementInput(
    string Title,
    string Kind,
    IReadOnlyList<PartyInput> Parties,
    CitationInput Citation,
    string? Id = null,
    DateOnly? SignedDate = null,
    string? SignedDatePrecision = null,
    string? Status = null,
    string? Summary = null,
    string? CounterpartyNote = null,
    IReadOnlyList<string>? Sectors = null,
    IReadOnlyList<string>? Implements = null);

public sealed record EventInput(
    string Name,
    string Kind,
    CitationInput Citation,
    string? Id = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    string? DatePrecision = null,
    IReadOnlyList<string>? Places = null,
    string? PartOf = null,
    IReadOnlyList<string>? Sectors = null);

public sealed record LinkProperties(string? Role = null, string? Title = null, DateOnly? Since = null, DateOnly? Until = null);

public sealed record LinkInput(string From, string To, string Type, CitationInput Citation, LinkProperties? Properties = null);

/// <summary>One steward change as recorded (<c>(:AuditEntry {id, steward, at, operation, target, details})</c>);
/// <see cref="Id"/> is also the batch id stamped on everything the change wrote.</summary>
public sealed record AuditEntry(string Id, string Steward, DateTimeOffset At, string Operation, string? Target, string Details);

public sealed record MutationResult(Exploration.EntityRecord? Entity, AuditEntry Audit);
