using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// A nested filter in the style of the Neo4j GraphQL Library (<c>OrganizationWhere</c>, <c>AgreementWhere</c>, …):
/// the criteria set in one object all hold (AND); <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/> nest.
/// Which criteria apply depends on the list (see <see cref="WhereCompiler"/>); a criterion that does not apply to the
/// list is an error, not ignored.
/// </summary>
public sealed record EntityWhere
{
    public IReadOnlyList<EntityWhere>? And { get; init; }
    public IReadOnlyList<EntityWhere>? Or { get; init; }
    public EntityWhere? Not { get; init; }

    /// <summary>Accent- and case-insensitive match on names and aliases (every word must occur).</summary>
    public string? Text { get; init; }

    /// <summary>Kinds as stored (<c>government_agency</c>, <c>mou</c>, …).</summary>
    public IReadOnlyList<string>? KindIn { get; init; }

    public string? Sector { get; init; }
    public string? Country { get; init; }

    /// <summary>Organisations: party to this agreement.</summary>
    public string? PartyTo { get; init; }

    /// <summary>Agreements: this organisation or person is a party.</summary>
    public string? Party { get; init; }

    /// <summary>Agreements: signing date.</summary>
    public DateFilter? SignedDate { get; init; }

    /// <summary>Events: located in this place (or a place within it).</summary>
    public string? Place { get; init; }

    /// <summary>Events: this organisation or person participated.</summary>
    public string? Participant { get; init; }

    /// <summary>Events: this organisation organised it.</summary>
    public string? Organizer { get; init; }

    /// <summary>Events: start date.</summary>
    public DateFilter? Date { get; init; }

    /// <summary>People: holds a role in this organisation.</summary>
    public string? Organization { get; init; }

    /// <summary>Facts: about this place, organisation or event.</summary>
    public string? About { get; init; }

    /// <summary>Facts: cited in this source.</summary>
    public string? Source { get; init; }

    /// <summary>Agreements: some organisation party to it matches this filter.</summary>
    public EntityWhere? PartiesSome { get; init; }

    /// <summary>Agreements: no organisation party to it matches this filter.</summary>
    public EntityWhere? PartiesNone { get; init; }

    /// <summary>Organisations: some agreement it is a party to matches this filter.</summary>
    public EntityWhere? AgreementsSome { get; init; }

    /// <summary>Conditions on the fields generated from the schema, in the order given.</summary>
    public IReadOnlyList<FieldCondition> Fields { get; init; } = [];

    /// <summary>Organisations: no agreement it is a party to matches this filter.</summary>
    public EntityWhere? AgreementsNone { get; init; }
}

/// <summary>
/// A condition on a field the where input generated from the schema (<see cref="FilterCatalog"/>): the operators given
/// for a scalar (<c>{ contains: "x" }</c>) or the quantifiers for a relationship (<c>{ some: { … } }</c>), read by
/// <see cref="WhereCompiler"/> with the listed type's catalog.
/// </summary>
public sealed record FieldCondition(string Field, IReadOnlyDictionary<string, object?> Operators, string Path);

/// <summary>A date range; every bound set must hold, against the interval a stored date stands for as <c>Match</c> says (overlap or containment).</summary>
public sealed record DateFilter(DateOnly? Eq = null, DateOnly? Gte = null, DateOnly? Lte = null, DateMatch Match = DateMatch.Overlap);
