using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>Describes what a query or script changed, e.g. "+12 nodes, +30 relationships, 80 properties set".</summary>
/// <remarks>
/// Properties set and removed are told as one count, because that is all Neo4j reports (its <c>propertiesSet</c>
/// counter includes removals) while the embedded engine counts them apart: the same script reads the same on both.
/// </remarks>
public static class StatisticsText
{
    public static string Describe(QueryStatistics statistics)
    {
        var parts = new List<string>();
        Add(parts, statistics.NodesCreated, "+", "node");
        Add(parts, statistics.NodesDeleted, "-", "node");
        Add(parts, statistics.RelationshipsCreated, "+", "relationship");
        Add(parts, statistics.RelationshipsDeleted, "-", "relationship");
        Add(parts, statistics.PropertiesSet + statistics.PropertiesRemoved, "", "property set", "properties set");
        Add(parts, statistics.LabelsAdded, "+", "label");
        Add(parts, statistics.LabelsRemoved, "-", "label");
        Add(parts, statistics.IndexesAdded, "+", "index", "indexes");
        Add(parts, statistics.IndexesRemoved, "-", "index", "indexes");
        Add(parts, statistics.ConstraintsAdded, "+", "constraint");
        Add(parts, statistics.ConstraintsRemoved, "-", "constraint");
        return parts.Count == 0 ? "no changes" : string.Join(", ", parts);
    }

    private static void Add(List<string> parts, int count, string sign, string singular, string? plural = null)
    {
        if (count > 0)
        {
            parts.Add($"{sign}{count} {(count == 1 ? singular : plural ?? singular + "s")}");
        }
    }
}
