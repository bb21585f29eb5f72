namespace GraphExplorer.Database;

/// <summary>What a query or transaction changed, in Neo4j's counters.</summary>
public sealed record QueryStatistics
{
    public static QueryStatistics Empty { get; } = new();

    public int NodesCreated { get; init; }
    public int NodesDeleted { get; init; }
    public int RelationshipsCreated { get; init; }
    public int RelationshipsDeleted { get; init; }
    public int PropertiesSet { get; init; }

    /// <summary>Properties removed (REMOVE n.p, SET n.p = null, or replaced by SET n = map); counted apart from
    /// <see cref="PropertiesSet"/> because the openCypher TCK's side effects distinguish +properties and -properties.</summary>
    public int PropertiesRemoved { get; init; }
    public int LabelsAdded { get; init; }
    public int LabelsRemoved { get; init; }
    public int IndexesAdded { get; init; }
    public int IndexesRemoved { get; init; }
    public int ConstraintsAdded { get; init; }
    public int ConstraintsRemoved { get; init; }

    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + PropertiesRemoved
        + LabelsAdded + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;

    public static QueryStatistics operator +(QueryStatistics a, QueryStatistics b) => new()
    {
        NodesCreated = a.NodesCreated + b.NodesCreated,
        NodesDeleted = a.NodesDeleted + b.NodesDeleted,
        RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
        RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
        PropertiesSet = a.PropertiesSet + b.PropertiesSet,
        PropertiesRemoved = a.PropertiesRemoved + b.PropertiesRemoved,
        LabelsAdded = a.LabelsAdded + b.LabelsAdded,
        LabelsRemoved = a.LabelsRemoved + b.LabelsRemoved,
        IndexesAdded = a.IndexesAdded + b.IndexesAdded,
        IndexesRemoved = a.IndexesRemoved + b.IndexesRemoved,
        ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
        ConstraintsRemoved = a.ConstraintsRemoved + b.ConstraintsRemoved,
    };
}
