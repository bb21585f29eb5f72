using GraphExplorer.Application.Domain;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>An entity as stored: its id (key), type, labels and every property (Cypher values).</summary>
public sealed record EntityRecord(string Id, EntityType Type, string Name, IReadOnlyDictionary<string, object?> Properties)
{
    public string? Kind => Properties.GetValueOrDefault("kind") as string;

    public object? this[string property] => Properties.GetValueOrDefault(property);
}

/// <summary>A fact's evidence: the source article and the sentence quoted from it, and whether that sentence states
/// the fact or supports it only by inference (a node's <c>CITED_IN</c> may say so; see <see cref="Domain.Inference"/>).</summary>
public sealed record Citation(string SourceId, string SourceTitle, string? Quote, Inference? Inference = null);

/// <summary>A node ready to draw (see GraphNode in schema.graphql).</summary>
/// <param name="Degree">Number of drawable relationships (provenance excluded) the node has in the whole graph.</param>
/// <param name="Names">The label in each interface language, where the graph records it.</param>
public sealed record GraphNode(
    string Id,
    string Label,
    LocalizedNames Names,
    EntityType EntityType,
    string? Kind,
    CypherDate? Date,
    CypherDate? EndDate,
    string? DatePrecision,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Countries,
    int Degree)
{
    /// <summary>The date at its precision (signing date of agreements, start date of events), with wording and note.</summary>
    public PartialDate? Start { get; init; }

    /// <summary>The end date of events, same precision as <see cref="Start"/>.</summary>
    public PartialDate? End { get; init; }

    public Inference Inference { get; init; } = Inference.Stated;

    /// <summary>Number of distinct sources citing the entity.</summary>
    public int SourceCount { get; init; }

    /// <summary>Where to draw it on a map (see <see cref="MapPoint"/>); null when no place of it has coordinates.</summary>
    public MapPoint? Location { get; init; }

    /// <summary>For an agreement or event of an answer asked « as of » a day, where it stands then (<see cref="AsOfMarks"/>).</summary>
    public AsOfStanding? StandingAsOf { get; init; }

    /// <summary>The kind in each interface language (see <see cref="CodeLabels"/>); null without a kind.</summary>
    public LocalizedNames? KindLabels => Kind is null ? null : CodeLabels.Kind(EntityType, Kind);
}

/// <summary>An edge ready to draw. Its id is <c>start|TYPE|end</c>: the model keeps at most one relationship of a
/// type between two nodes (scripts and stewards MERGE them), so the id is stable across loads and dumps.</summary>
public sealed record GraphEdge(
    string Id,
    string Source,
    string Target,
    string Type,
    string Label,
    string? Role,
    IReadOnlyList<Citation> Citations,
    IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>Since when the relationship holds (diplomatic relations, a company's presence, a role, a twinning).</summary>
    public PartialDate? Since => PartialDate.OfRelationship(Properties, "since");

    /// <summary>Until when it held (a role that ended).</summary>
    public PartialDate? Until => PartialDate.OfRelationship(Properties, "until");

    /// <summary>The date the source says it held on, when it gives no start (a role « as of » an article).</summary>
    public PartialDate? AsOf => PartialDate.OfRelationship(Properties, "asOf");

    /// <summary>The distinct articles that state it (<see cref="EvidenceWeight"/>).</summary>
    public int SourceCount => EvidenceWeight.Sources(Citations);

    /// <summary>The distinct publishers of those articles (<see cref="EvidenceWeight"/>), set when the edge is built.</summary>
    public int IndependentSourceCount { get; init; }

    /// <summary>The relationship type in each interface language (see <see cref="CodeLabels"/>).</summary>
    public LocalizedNames Labels => CodeLabels.Relationship(Type);

    /// <summary>The role in each interface language, where the dictionaries translate it; null without a role.</summary>
    public LocalizedNames? RoleLabels => Role is null ? null : CodeLabels.Role(Role);
}

public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated);

public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public int Length => Edges.Count;

    /// <summary>True when an intermediate is reference data (a place, sector or fact): a weaker link than a documented tie.</summary>
    public bool ThroughReference { get; init; }

    /// <summary>True when at least one of its steps is inferred rather than stated by a source.</summary>
    public bool Inferred { get; init; }
}

/// <summary>
/// The ranked connections between two entities. <paramref name="NoDocumentedLink"/> is true when no returned path
/// avoids reference nodes within <paramref name="MaxLength"/> steps (<paramref name="Reason"/> says so in words);
/// then <paramref name="WeakerPaths"/> offers the links through places, sectors or facts separately.
/// </summary>
public sealed record PathAnswer(
    IReadOnlyList<GraphPath> Paths,
    bool NoDocumentedLink,
    string? Reason,
    IReadOnlyList<GraphPath> WeakerPaths,
    int MaxLength);

/// <summary>A ranked search hit; <paramref name="Matched"/> is the name or alias that matched.</summary>
public sealed record SearchHit(EntityRecord Entity, double Score, string Matched);

public enum TimelineItemType
{
    Agreement,
    Event,
}

public sealed record TimelineItem(
    EntityRecord Entity,
    TimelineItemType Type,
    CypherDate Date,
    CypherDate? EndDate,
    string? DatePrecision,
    string Title,
    string Kind)
{
    /// <summary>The date at its precision, with the entity's wording, qualifier and note.</summary>
    public required PartialDate Start { get; init; }

    /// <summary>The end date of events, same precision as <see cref="Start"/>.</summary>
    public PartialDate? End { get; init; }

    /// <summary>For a timeline asked « as of » a day, where the item stands then (<see cref="AsOfMarks"/>).</summary>
    public AsOfStanding? StandingAsOf { get; init; }
}

/// <summary>One count of the dashboard: its key (a kind, a year, an id), its label, and that label in each interface
/// language where one is known (kinds and types from <see cref="CodeLabels"/>, sectors and countries from their names).</summary>
public sealed record CountBucket(string Key, string Label, int Count)
{
    public LocalizedNames Labels { get; init; } = new(null, null, null);
}

public sealed record Aggregates(
    IReadOnlyList<CountBucket> EntitiesByType,
    IReadOnlyList<CountBucket> OrganizationsByKind,
    IReadOnlyList<CountBucket> AgreementsByKind,
    IReadOnlyList<CountBucket> AgreementsByYear,
    IReadOnlyList<CountBucket> EventsByYear,
    IReadOnlyList<CountBucket> BySector,
    IReadOnlyList<CountBucket> ByCountry);

/// <summary>One relationship of an entity, seen from that entity.</summary>
/// <param name="Outgoing">True when the entity is the relationship's start.</param>
public sealed record RelatedEntity(
    string Type,
    bool Outgoing,
    EntityRecord Other,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<Citation> Citations);

/// <summary>An entity with its citations and every drawable relationship (each with its citations).</summary>
public sealed record EntityDetails(EntityRecord Entity, IReadOnlyList<Citation> Citations, IReadOnlyList<RelatedEntity> Relationships);

/// <summary>
/// A direct partner in the partners view: the agreements both are party to and the events both took part in (ordered
/// by id); <see cref="Weight"/> is the number of those ties.
/// </summary>
public sealed record PartnerLink(GraphNode Partner, IReadOnlyList<GraphNode> Agreements, IReadOnlyList<GraphNode> Events)
{
    public int Weight => Agreements.Count + Events.Count;
}
