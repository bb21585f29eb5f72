using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Execution;

/// <summary>Counts what a query changes, the way Neo4j counts it.</summary>
/// <remarks>Not thread-safe: one per running query.</remarks>
internal sealed class QueryStatisticsCounter
{
    public int NodesCreated;
    public int NodesDeleted;
    public int RelationshipsCreated;
    public int RelationshipsDeleted;
    public int PropertiesSet;
    public int PropertiesRemoved;
    public int LabelsAdded;
    public int LabelsRemoved;
    public int IndexesAdded;
    public int IndexesRemoved;
    public int ConstraintsAdded;
    public int ConstraintsRemoved;

    /// <summary>A copy of the counts so far, to go back to when an inner transaction is rolled back.</summary>
    public QueryStatisticsCounter Copy() => (QueryStatisticsCounter)MemberwiseClone();

    /// <summary>Goes back to the counts of <paramref name="saved"/> (the changes counted since were rolled back).</summary>
    public void Restore(QueryStatisticsCounter saved)
    {
        NodesCreated = saved.NodesCreated;
        NodesDeleted = saved.NodesDeleted;
        RelationshipsCreated = saved.RelationshipsCreated;
        RelationshipsDeleted = saved.RelationshipsDeleted;
        PropertiesSet = saved.PropertiesSet;
        PropertiesRemoved = saved.PropertiesRemoved;
        LabelsAdded = saved.LabelsAdded;
        LabelsRemoved = saved.LabelsRemoved;
        IndexesAdded = saved.IndexesAdded;
        IndexesRemoved = saved.IndexesRemoved;
        ConstraintsAdded = saved.ConstraintsAdded;
        ConstraintsRemoved = saved.ConstraintsRemoved;
    }

    public QueryStatistics ToStatistics() => new()
    {
        NodesCreated = NodesCreated,
        NodesDeleted = NodesDeleted,
        RelationshipsCreated = RelationshipsCreated,
        RelationshipsDeleted = RelationshipsDeleted,
        PropertiesSet = PropertiesSet,
        PropertiesRemoved = PropertiesRemoved,
        LabelsAdded = LabelsAdded,
        LabelsRemoved = LabelsRemoved,
        IndexesAdded = IndexesAdded,
        IndexesRemoved = IndexesRemoved,
        ConstraintsAdded = ConstraintsAdded,
        ConstraintsRemoved = ConstraintsRemoved,
    };
}
