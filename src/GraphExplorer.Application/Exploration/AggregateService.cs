using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Counts for the dashboard: entities by type, organisations by kind, agreements by kind and year, events by year,
/// entities by sector and organisations by country. Every count honours the filter (see <see cref="GraphFilter"/>);
/// buckets are ordered by key (years ascending, "unknown" last). Thread-safe (stateless).
/// </summary>
public sealed class AggregateService(IGraphDatabase database)
{
    public const string Unknown = "unknown";

    public async Task<Aggregates> AggregatesAsync(GraphFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= GraphFilter.None;
        filter.Validate();
        var byType = new List<CountBucket>();
        foreach (var type in GraphModel.EntityTypes)
        {
            var count = await CountAsync(type, "RETURN count(n) AS c", filter, cancellationToken);
            byType.Add(new CountBucket(GraphModel.Label(type).ToUpperInvariant(), GraphModel.Label(type), count));
        }

        return new Aggregates(
            byType,
            await BucketsAsync(EntityType.Organization, "WITH n.kind AS key RETURN key, key AS label, count(*) AS c", filter, cancellationToken),
            await BucketsAsync(EntityType.Agreement, "WITH n.kind AS key RETURN key, key AS label, count(*) AS c", filter, cancellationToken),
            await BucketsAsync(EntityType.Agreement, "WITH toString(n.signedDate.year) AS key RETURN key, key AS label, count(*) AS c", filter, cancellationToken),
            await BucketsAsync(EntityType.Event, "WITH toString(n.startDate.year) AS key RETURN key, key AS label, count(*) AS c", filter, cancellationToken),
            await BySectorAsync(filter, cancellationToken),
            await BucketsAsync(
                EntityType.Organization,
                "MATCH (n)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(c:Place {kind: 'country'}) " +
                "WITH c.key AS key, c.name AS label, count(DISTINCT n) AS c RETURN key, label, c",
                filter,
                cancellationToken));
    }

    private async Task<List<CountBucket>> BySectorAsync(GraphFilter filter, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        foreach (var type in new[] { EntityType.Organization, EntityType.Agreement, EntityType.Event, EntityType.Fact })
        {
            var buckets = await BucketsAsync(
                type,
                "MATCH (n)-[:IN_SECTOR]->(s:Sector) WITH s.key AS key, s.name AS label, count(DISTINCT n) AS c RETURN key, label, c",
                filter,
                cancellationToken);
            foreach (var bucket in buckets)
            {
                var current = totals.GetValueOrDefault(bucket.Key, (Label: bucket.Label, Count: 0));
                totals[bucket.Key] = (bucket.Label, current.Count + bucket.Count);
            }
        }

        return [.. totals.Select(t => new CountBucket(t.Key, t.Value.Label, t.Value.Count)).OrderBy(b => b.Key, StringComparer.Ordinal)];
    }

    private async Task<int> CountAsync(EntityType type, string tail, GraphFilter filter, CancellationToken cancellationToken)
    {
        var parameters = GraphQueries.Parameters();
        var condition = filter.ToCypher("n", type, parameters);
        var rows = await database.ReadAsync($"MATCH (n:{GraphModel.Label(type)}) WHERE {condition} {tail}", parameters, cancellationToken);
        return rows.Count == 0 ? 0 : rows[0].Get<int>("c");
    }

    private async Task<List<CountBucket>> BucketsAsync(EntityType type, string tail, GraphFilter filter, CancellationToken cancellationToken)
    {
        var parameters = GraphQueries.Parameters();
        var condition = filter.ToCypher("n", type, parameters);
        var rows = await database.ReadAsync($"MATCH (n:{GraphModel.Label(type)}) WHERE {condition} {tail}", parameters, cancellationToken);
        return [.. rows
            .Select(r => new CountBucket(r.Get<string?>("key") ?? Unknown, r.Get<string?>("label") ?? Unknown, r.Get<int>("c")))
            .OrderBy(b => b.Key == Unknown ? 1 : 0)
            .ThenBy(b => b.Key, StringComparer.Ordinal)];
    }
}
