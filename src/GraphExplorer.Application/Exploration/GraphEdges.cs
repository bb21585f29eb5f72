using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>Turns relationships read from the graph into drawable edges with their citations.</summary>
internal static class GraphEdges
{
    public static async Task<IReadOnlyList<GraphEdge>> BuildAsync(
        NodeCards cards,
        IReadOnlyList<(string Start, string End, CypherRelationship Relationship)> relationships,
        CancellationToken cancellationToken)
    {
        var ordered = relationships
            .DistinctBy(r => EdgeId(r.Start, r.Relationship.Type, r.End))
            .OrderBy(r => r.Start, StringComparer.Ordinal)
            .ThenBy(r => r.Relationship.Type, StringComparer.Ordinal)
            .ThenBy(r => r.End, StringComparer.Ordinal)
            .ToList();
        foreach (var (start, end, relationship) in ordered)
        {
            RestrictedReads.SawTie(start, relationship.Type, end, relationship.Properties);
        }

        var citations = await cards.RelationshipCitationsAsync([.. ordered.Select(r => r.Relationship.Properties)], cancellationToken);
        var publishers = await cards.PublishersAsync(citations.SelectMany(c => c).Select(c => c.SourceId), cancellationToken);
        return [.. ordered.Select((r, i) => new GraphEdge(
            EdgeId(r.Start, r.Relationship.Type, r.End),
            r.Start,
            r.End,
            r.Relationship.Type,
            GraphModel.RelationshipLabel(r.Relationship.Type),
            r.Relationship.Properties.GetValueOrDefault("role") as string,
            citations[i],
            r.Relationship.Properties)
        {
            IndependentSourceCount = EvidenceWeight.Independent(citations[i], publishers),
        })];
    }

    public static string EdgeId(string start, string type, string end) => $"{start}|{type}|{end}";
}
