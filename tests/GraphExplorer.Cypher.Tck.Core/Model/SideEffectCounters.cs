namespace GraphExplorer.Cypher.Tck.Model;

/// <summary>The side-effect counters of the TCK README ("Side effects of executing a query").</summary>
public static class SideEffectCounters
{
    public const string NodesCreated = "+nodes";
    public const string NodesDeleted = "-nodes";
    public const string RelationshipsCreated = "+relationships";
    public const string RelationshipsDeleted = "-relationships";
    public const string LabelsAdded = "+labels";
    public const string LabelsRemoved = "-labels";
    public const string PropertiesAdded = "+properties";
    public const string PropertiesRemoved = "-properties";

    /// <summary>Every counter, in the order reports print them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted,
        LabelsAdded, LabelsRemoved, PropertiesAdded, PropertiesRemoved,
    ];
}
