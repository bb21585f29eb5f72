using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// How the items of a nested connection (e.g. <c>Organization.agreements</c>) hang off their parent: a fixed Cypher
/// pattern from the parent <c>p</c> to the item <c>n</c> whose first relationship is <c>r</c> (the link reported on
/// each edge). Patterns are constants of this class, never built from input. Immutable.
/// </summary>
public sealed record ListScope
{
    private ListScope(EntityType items, IReadOnlyList<EntityType> parents, string pattern)
    {
        Items = items;
        Parents = parents;
        Pattern = pattern;
    }

    /// <summary>Agreements the parent (organisation or person) is a party to.</summary>
    public static ListScope AgreementsOfParty { get; } =
        new(EntityType.Agreement, [EntityType.Organization, EntityType.Person], "(p)-[r:PARTY_TO]->(n:Agreement)");

    /// <summary>Events the parent (organisation or person) organised or took part in.</summary>
    public static ListScope EventsOfParticipant { get; } =
        new(EntityType.Event, [EntityType.Organization, EntityType.Person], "(p)-[r:PARTICIPATED_IN|ORGANIZED]->(n:Event)");

    /// <summary>Organisations located in the parent place or in a place within it.</summary>
    public static ListScope OrganizationsInPlace { get; } =
        new(EntityType.Organization, [EntityType.Place], "(n:Organization)-[r:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(p)");

    /// <summary>Events held in the parent place or in a place within it.</summary>
    public static ListScope EventsInPlace { get; } =
        new(EntityType.Event, [EntityType.Place], "(n:Event)-[r:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(p)");

    /// <summary>Organisations in the parent sector.</summary>
    public static ListScope OrganizationsInSector { get; } =
        new(EntityType.Organization, [EntityType.Sector], "(n:Organization)-[r:IN_SECTOR]->(p)");

    /// <summary>Agreements in the parent sector.</summary>
    public static ListScope AgreementsInSector { get; } =
        new(EntityType.Agreement, [EntityType.Sector], "(n:Agreement)-[r:IN_SECTOR]->(p)");

    /// <summary>Facts about the parent (an organisation, place or event), directly.</summary>
    public static ListScope FactsAbout { get; } =
        new(EntityType.Fact, [EntityType.Organization, EntityType.Place, EntityType.Event], "(n:Fact)-[r:ABOUT]->(p)");

    /// <summary>Facts in the parent sector.</summary>
    public static ListScope FactsInSector { get; } =
        new(EntityType.Fact, [EntityType.Sector], "(n:Fact)-[r:IN_SECTOR]->(p)");

    /// <summary>Facts the parent source states.</summary>
    public static ListScope FactsCitedIn { get; } =
        new(EntityType.Fact, [EntityType.Source], "(n:Fact)-[r:CITED_IN]->(p)");

    /// <summary>The type of the items listed.</summary>
    public EntityType Items { get; }

    /// <summary>The types a parent may have.</summary>
    public IReadOnlyList<EntityType> Parents { get; }

    /// <summary>The pattern from <c>p</c> to <c>n</c>, its first relationship bound to <c>r</c>.</summary>
    public string Pattern { get; }
}
