using GraphExplorer.Database;
using GraphExplorer.Neo4j.Errors;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j.Http;

/// <summary>Turns a successful Query API answer into a <see cref="QueryResult"/>.</summary>
internal static class QueryResults
{
    public static QueryResult Build(QueryApiResponse response, QueryLimits? limits, Uri server, bool withBookmark)
    {
        var data = response.Body.Data;
        IReadOnlyList<string> keys = data?.Fields ?? [];
        var rows = data?.Values ?? [];
        if (limits?.MaxRows is { } maxRows && rows.Count > maxRows)
        {
            throw Neo4jErrors.TooManyRows(maxRows);
        }

        var records = new CypherRecord[rows.Count];
        for (var i = 0; i < records.Length; i++)
        {
            if (rows[i].Length != keys.Count)
            {
                throw Neo4jErrors.InvalidResponse(
                    server,
                    new FormatException($"row {i} has {rows[i].Length} values for {keys.Count} fields ({string.Join(", ", keys)})."));
            }

            records[i] = new CypherRecord(keys, rows[i]);
        }

        return new QueryResult(keys, records, ToStatistics(response.Body.Counters))
        {
            Bookmark = withBookmark ? LastBookmark(response.Body) : null,
        };
    }

    public static string? LastBookmark(QueryResponse body) => body.Bookmarks is { Count: > 0 } bookmarks ? bookmarks[^1] : null;

    public static QueryStatistics ToStatistics(QueryCounters? counters) => counters is null
        ? QueryStatistics.Empty
        : new QueryStatistics
        {
            NodesCreated = counters.NodesCreated,
            NodesDeleted = counters.NodesDeleted,
            RelationshipsCreated = counters.RelationshipsCreated,
            RelationshipsDeleted = counters.RelationshipsDeleted,
            PropertiesSet = counters.PropertiesSet,
            LabelsAdded = counters.LabelsAdded,
            LabelsRemoved = counters.LabelsRemoved,
            IndexesAdded = counters.IndexesAdded,
            IndexesRemoved = counters.IndexesRemoved,
            ConstraintsAdded = counters.ConstraintsAdded,
            ConstraintsRemoved = counters.ConstraintsRemoved,
        };
}
