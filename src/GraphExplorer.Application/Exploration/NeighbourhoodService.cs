using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// The neighbourhood of an entity as a drawable subgraph: breadth-first over drawable relationships (provenance —
/// sources and <c>CITED_IN</c> — is not walked: it comes back as citations of nodes and edges), nearest first.
/// </summary>
/// <remarks>
/// Each hop is one query per label of the frontier (<c>UNWIND $keys … MATCH (n:Label {key: k})-[:DRAWABLE]-(m)</c>,
/// index lookups), returning distinct neighbour keys capped at what the limit still allows (plus one, to know whether
/// the cut was needed). The cap is applied as the engine expands, without ordering first, so a hop through a node
/// with tens of thousands of relationships (a sector, a country) stops once the room is filled: when a ring is cut,
/// which of its nodes are kept follows the engine's expansion order (stable for a given database state), and the
/// kept nodes are listed in key order. With a filter, the candidates of a hop are checked with the filter's Cypher
/// condition; a node the filter rejects is neither shown nor walked through. Then the edges among the chosen nodes are
/// read once (outgoing drawable relationships of each chosen node, kept when the other end is chosen: tested here
/// with a hash set rather than <c>m.key IN $all</c>, which the embedded engine tests by a linear scan of the list per
/// relationship). Cost: O(sum of frontier degrees) per hop, bounded by the limit when there is no filter; the edges
/// read are the outgoing drawable relationships of the chosen nodes. Thread-safe (stateless).
/// </remarks>
public sealed class NeighbourhoodService(IGraphDatabase database)
{
    public const int MaxDepth = 4;
    public const int MaxLimit = 2000;

    /// <summary>The drawable relationship types as a pattern alternation (<c>PARTY_TO|SIGNED_AT|…</c>), from the allow-list, so the
    /// expansion skips provenance relationships instead of reading them and testing <c>type(r) IN $types</c>.</summary>
    private static readonly string Drawable = string.Join('|', GraphModel.DrawableRelationshipTypes);

    private readonly NodeCards cards = new(database);

    public async Task<Subgraph> NeighbourhoodAsync(
        string id,
        int depth = 1,
        GraphFilter? filter = null,
        int limit = 200,
        CancellationToken cancellationToken = default)
    {
        if (depth is < 0 or > MaxDepth)
        {
            throw ApplicationErrors.InvalidArgument("depth", $"must be between 0 and {MaxDepth}, got {depth}");
        }

        if (limit is < 1 or > MaxLimit)
        {
            throw ApplicationErrors.InvalidArgument("limit", $"must be between 1 and {MaxLimit}, got {limit}");
        }

        filter ??= GraphFilter.None;
        filter.Validate();
        GraphModel.RequireTypeOfKey(id);
        if (await cards.EntityAsync(id, cancellationToken) is null)
        {
            throw ApplicationErrors.UnknownId(id);
        }

        var chosen = new List<string> { id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var frontier = new List<string> { id };
        var truncated = false;
        for (var hop = 1; hop <= depth && frontier.Count > 0 && !truncated; hop++)
        {
            var room = limit - chosen.Count;
            if (room <= 0)
            {
                truncated = await HasNewNeighbourAsync(frontier, seen, filter, cancellationToken);
                break;
            }

            var candidates = await NeighboursAsync(frontier, seen, filter.IsEmpty ? room + 1 : (int?)null, cancellationToken);
            if (!filter.IsEmpty)
            {
                candidates = await AcceptedAsync(candidates, filter, cancellationToken);
            }

            if (candidates.Count > room)
            {
                truncated = true;
                candidates = candidates.Take(room).ToList();
            }

            chosen.AddRange(candidates);
            seen.UnionWith(candidates);
            frontier = candidates;
        }

        var nodes = await cards.GraphNodesAsync(chosen, cancellationToken);
        var edges = await EdgesAmongAsync(chosen, cancellationToken);
        return new Subgraph([.. chosen.Where(nodes.ContainsKey).Select(k => nodes[k])], edges, truncated);
    }

    private async Task<bool> HasNewNeighbourAsync(List<string> frontier, HashSet<string> seen, GraphFilter filter, CancellationToken cancellationToken)
    {
        var next = await NeighboursAsync(frontier, seen, filter.IsEmpty ? 1 : null, cancellationToken);
        if (!filter.IsEmpty)
        {
            next = await AcceptedAsync(next, filter, cancellationToken);
        }

        return next.Count > 0;
    }

    /// <summary>Neighbour keys of the frontier not yet seen, in key order, at most <paramref name="cap"/> of them (the first the engine finds).</summary>
    private async Task<List<string>> NeighboursAsync(List<string> frontier, HashSet<string> seen, int? cap, CancellationToken cancellationToken)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (type, keys) in NodeCards.GroupByType(frontier))
        {
            // Asking for cap + |seen| keys leaves room for neighbours already chosen, so the cap still holds after they are removed.
            var parameters = GraphQueries.Parameters(("keys", keys));
            var limitClause = "";
            if (cap is { } c)
            {
                parameters["cap"] = (long)(c + seen.Count);
                limitClause = " LIMIT $cap";
            }

            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}})-[nr:{Drawable}]-(m) " +
                $"WHERE {Visible.And("m.key IS NOT NULL", "nr", "m")} RETURN DISTINCT m.key AS key" + limitClause,
                parameters,
                cancellationToken);
            foreach (var row in rows)
            {
                var key = row.Get<string>("key");
                if (!seen.Contains(key) && GraphModel.TypeOfKey(key) is not null)
                {
                    found.Add(key);
                }
            }
        }

        var result = found.ToList();
        return cap is { } limit && result.Count > limit ? result.Take(limit).ToList() : result;
    }

    private async Task<List<string>> AcceptedAsync(List<string> candidates, GraphFilter filter, CancellationToken cancellationToken)
    {
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (type, keys) in NodeCards.GroupByType(candidates))
        {
            var parameters = GraphQueries.Parameters(("keys", keys));
            var condition = filter.ToCypher("n", type, parameters);
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}}) WHERE {condition} RETURN k AS key",
                parameters,
                cancellationToken);
            accepted.UnionWith(rows.Select(r => r.Get<string>("key")));
        }

        return candidates.Where(accepted.Contains).ToList();
    }

    private async Task<IReadOnlyList<GraphEdge>> EdgesAmongAsync(List<string> keys, CancellationToken cancellationToken)
    {
        var chosen = keys.ToHashSet(StringComparer.Ordinal);
        var found = new List<(string Start, string End, CypherRelationship Relationship)>();
        foreach (var (type, group) in NodeCards.GroupByType(keys))
        {
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (n:{GraphModel.Label(type)} {{key: k}})-[r:{Drawable}]->(m) " +
                $"WHERE {Visible.And("m.key IS NOT NULL", "n", "r", "m")} RETURN k AS start, m.key AS end, r",
                GraphQueries.Parameters(("keys", group)),
                cancellationToken);
            found.AddRange(rows
                .Where(r => chosen.Contains(r.Get<string>("end")))
                .Select(r => (r.Get<string>("start"), r.Get<string>("end"), r.Get<CypherRelationship>("r"))));
        }

        return await GraphEdges.BuildAsync(cards, found, cancellationToken);
    }
}
