using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// The partners view: organisations (or people) tied directly through the agreements they are party to together and
/// the events they took part in together, derived from the stored graph on each call (nothing is stored). Partners are
/// of the same type as the entity asked about. Thread-safe (stateless).
/// </summary>
public sealed class PartnerService(IGraphDatabase database)
{
    public const int MaxPartners = 500;

    // Taking part, organising or supporting all put an organisation at the event; people only take part.
    private const string EventTies = "PARTICIPATED_IN|ORGANIZED|SUPPORTED";

    private readonly NodeCards cards = new(database);

    /// <summary>The partners of an organisation or person, most ties first (agreements, then events, then name).</summary>
    public async Task<IReadOnlyList<PartnerLink>> PartnersAsync(string id, int first = 20, CancellationToken cancellationToken = default)
    {
        if (first is < 1 or > MaxPartners)
        {
            throw ApplicationErrors.InvalidArgument("first", $"must be between 1 and {MaxPartners}, got {first}");
        }

        var type = GraphModel.RequireTypeOfKey(id);
        if (type is not (EntityType.Organization or EntityType.Person))
        {
            throw ApplicationErrors.InvalidArgument(
                "id", $"partners are organisations or people; '{id}' is {GraphModel.DescribeIds([type])}");
        }

        if (await cards.EntityAsync(id, cancellationToken) is null)
        {
            throw ApplicationErrors.UnknownId(id);
        }

        var label = GraphModel.Label(type);
        var agreements = await TiesAsync(
            $"MATCH (n:{label} {{key: $id}})-[r1:PARTY_TO]->(t:Agreement)<-[r2:PARTY_TO]-(p:{label}) ", id, cancellationToken);
        var events = await TiesAsync(
            $"MATCH (n:{label} {{key: $id}})-[r1:{EventTies}]->(t:Event)<-[r2:{EventTies}]-(p:{label}) ", id, cancellationToken);
        var partnerKeys = agreements.Keys.Concat(events.Keys).Distinct(StringComparer.Ordinal).ToList();
        var tieKeys = agreements.Values.Concat(events.Values).SelectMany(t => t);
        var nodes = await cards.GraphNodesAsync(partnerKeys.Concat(tieKeys).Distinct(StringComparer.Ordinal), cancellationToken);
        List<GraphNode> Nodes(Dictionary<string, SortedSet<string>> ties, string key) =>
            ties.TryGetValue(key, out var keys) ? [.. keys.Select(k => nodes[k])] : [];

        return [.. partnerKeys
            .Select(key => new PartnerLink(nodes[key], Nodes(agreements, key), Nodes(events, key)))
            .OrderByDescending(p => p.Weight)
            .ThenByDescending(p => p.Agreements.Count)
            .ThenBy(p => p.Partner.Label, StringComparer.CurrentCulture)
            .ThenBy(p => p.Partner.Id, StringComparer.Ordinal)
            .Take(first)];
    }

    /// <summary>Partner key → the keys of the agreements or events shared with it.</summary>
    private async Task<Dictionary<string, SortedSet<string>>> TiesAsync(string match, string id, CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync(
            match + $"WHERE {Visible.And("p.key <> $id", "r1", "t", "r2", "p")} RETURN DISTINCT p.key AS partner, t.key AS tie",
            GraphQueries.Parameters(("id", id)),
            cancellationToken);
        var ties = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var partner = row.Get<string>("partner");
            if (!ties.TryGetValue(partner, out var set))
            {
                ties[partner] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(row.Get<string>("tie"));
        }

        return ties;
    }
}
