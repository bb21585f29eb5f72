using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
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
            byType.Add(new CountBucket(GraphModel.Label(type).ToUpperInvariant(), GraphModel.Label(type), count) { Labels = CodeLabels.EntityType(type) });
        }

        return new Aggregates(
            byType,
            await BucketsAsync(EntityType.Organization, "WITH n.kind AS key RETURN key, key AS label, count(*) AS c", filter, KindLabels(EntityType.Organization), cancellationToken),
            await BucketsAsync(EntityType.Agreement, "WITH n.kind AS key RETURN key, key AS label, count(*) AS c", filter, KindLabels(EntityType.Agreement), cancellationToken),
            await BucketsAsync(EntityType.Agreement, "WITH toString(n.signedDate.year) AS key RETURN key, key AS label, count(*) AS c", filter, YearLabels, cancellationToken),
            await BucketsAsync(EntityType.Event, "WITH toString(n.startDate.year) AS key RETURN key, key AS label, count(*) AS c", filter, YearLabels, cancellationToken),
            await BySectorAsync(filter, cancellationToken),
            await BucketsAsync(
                EntityType.Organization,
                $"MATCH {Visible.Bind("ap")}(n)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(c:Place {{kind: 'country'}}) WHERE {Visible.Path("ap")} " +
                "WITH c.key AS key, c.name AS label, c.nameEn AS en, c.nameFr AS fr, c.nameJa AS ja, count(DISTINCT n) AS c RETURN key, label, en, fr, ja, c",
                filter,
                NameLabels,
                cancellationToken));
    }

    // A bucket's label in each interface language: a kind's display forms, a year as it is, a sector's or country's names.
    private static Func<CypherRecord, string, LocalizedNames> KindLabels(EntityType type) =>
        (_, key) => key == Unknown ? new LocalizedNames(null, null, null) : CodeLabels.Kind(type, key);

    private static LocalizedNames YearLabels(CypherRecord _, string key) =>
        key == Unknown ? new LocalizedNames(null, null, null) : CodeLabels.Same(key);

    private static LocalizedNames NameLabels(CypherRecord row, string _) =>
        new(row.Get<string?>("en"), row.Get<string?>("fr"), row.Get<string?>("ja"));

    private async Task<List<CountBucket>> BySectorAsync(GraphFilter filter, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<string, CountBucket>(StringComparer.Ordinal);
        foreach (var type in new[] { EntityType.Organization, EntityType.Agreement, EntityType.Event, EntityType.Fact })
        {
            var buckets = await BucketsAsync(
                type,
                $"MATCH (n)-[sr:IN_SECTOR]->(s:Sector) WHERE {Visible.All("sr", "s")} " +
                "WITH s.key AS key, s.name AS label, s.nameEn AS en, s.nameFr AS fr, s.nameJa AS ja, count(DISTINCT n) AS c RETURN key, label, en, fr, ja, c",
                filter,
                NameLabels,
                cancellationToken);
            foreach (var bucket in buckets)
            {
                totals[bucket.Key] = totals.TryGetValue(bucket.Key, out var current) ? current with { Count = current.Count + bucket.Count } : bucket;
            }
        }

        return [.. totals.Values.OrderBy(b => b.Key, StringComparer.Ordinal)];
    }

    private async Task<int> CountAsync(EntityType type, string tail, GraphFilter filter, CancellationToken cancellationToken)
    {
        var parameters = GraphQueries.Parameters();
        var condition = filter.ToCypher("n", type, parameters);
        var rows = await database.ReadAsync($"MATCH (n:{GraphModel.Label(type)}) WHERE {condition} {tail}", parameters, cancellationToken);
        return rows.Count == 0 ? 0 : rows[0].Get<int>("c");
    }

    private async Task<List<CountBucket>> BucketsAsync(
        EntityType type, string tail, GraphFilter filter, Func<CypherRecord, string, LocalizedNames> labels, CancellationToken cancellationToken)
    {
        var parameters = GraphQueries.Parameters();
        var condition = filter.ToCypher("n", type, parameters);
        var rows = await database.ReadAsync($"MATCH (n:{GraphModel.Label(type)}) WHERE {condition} {tail}", parameters, cancellationToken);
        return [.. rows
            .Select(r =>
            {
                var key = r.Get<string?>("key") ?? Unknown;
                return new CountBucket(key, r.Get<string?>("label") ?? Unknown, r.Get<int>("c")) { Labels = labels(r, key) };
            })
            .OrderBy(b => b.Key == Unknown ? 1 : 0)
            .ThenBy(b => b.Key, StringComparer.Ordinal)];
    }
}
