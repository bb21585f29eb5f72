using System.Text.Json;
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
            Profile = response.Body.ProfiledQueryPlan is { } plan ? ToProfile(plan) : null,
        };
    }

    /// <summary>Neo4j's profiled plan; operator types lose their <c>@database</c> (the abstraction names operators alone).</summary>
    public static ProfiledPlan ToProfile(ProfiledQueryPlan plan)
    {
        var type = plan.OperatorType ?? "";
        var at = type.IndexOf('@', StringComparison.Ordinal);
        return new ProfiledPlan(
            at < 0 ? type : type[..at],
            (plan.Arguments ?? new Dictionary<string, JsonElement>()).ToDictionary(a => a.Key, a => PlainValue(a.Value), StringComparer.Ordinal),
            plan.Identifiers ?? [],
            [.. (plan.Children ?? []).Select(ToProfile)],
            plan.Records,
            plan.DbHits,
            plan.Time,
            plan.PageCacheHits,
            plan.PageCacheMisses) { HasPageCacheStats = plan.HasPageCacheStats };
    }

    /// <summary>A plan argument: text, integer, float, boolean, null, or a list or map of those.</summary>
    private static object? PlainValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var integer) ? integer : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(PlainValue).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => PlainValue(p.Value)),
        _ => null,
    };

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
