using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Listing;

public sealed partial class ListService
{
    /// <summary>
    /// One page of a nested connection for each of many parents (e.g. the first 5 agreements of each of 20
    /// organisations), with the same filter, order and page arguments for all, in one query per parent label (the
    /// parents of one GraphQL field share a label, so one query). Each parent's page, order, cursors and total are
    /// exactly those of <see cref="ListAsync"/> with the parent as a criterion. Parents that name nothing, or have no
    /// items, get an empty connection.
    /// </summary>
    /// <remarks>
    /// The query groups the matches per parent and item, sorts them per parent and collects each parent's ordered
    /// items; the page is sliced here, since its window depends on each parent's total (<c>last</c>, <c>before</c>):
    /// per parent it reads every matching item once, as a count would.
    /// </remarks>
    public Task<IReadOnlyDictionary<string, Connection>> ListWithinAsync(
        ListScope scope,
        IReadOnlyList<string> parents,
        EntityWhere? where,
        IReadOnlyList<SortOrder>? orderBy,
        int first,
        string? after,
        CancellationToken cancellationToken = default) =>
        ListWithinAsync(scope, parents, where, orderBy, new PageRequest(first, after), cancellationToken);

    /// <summary>
    /// As above with the whole Relay window (<paramref name="page"/>). A cursor belongs to one parent's list: given for
    /// a batch of several parents, it is refused (<c>FOREIGN_CURSOR</c>) for every parent but the one it came from.
    /// Each item is collected with its sort key, so a cursor's place among a parent's items is found without a second query.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Connection>> ListWithinAsync(
        ListScope scope,
        IReadOnlyList<string> parents,
        EntityWhere? where,
        IReadOnlyList<SortOrder>? orderBy,
        PageRequest page,
        CancellationToken cancellationToken = default)
    {
        var plan = Plan(scope.Items, where, orderBy, page);
        var after = page.After is { } a ? cursors.Open(a, "after") : null;
        var before = page.Before is { } b ? cursors.Open(b, "before") : null;
        var result = new Dictionary<string, Connection>(StringComparer.Ordinal);
        foreach (var (parentType, keys) in NodeCards.GroupByType(parents))
        {
            if (!scope.Parents.Contains(parentType))
            {
                continue;
            }

            // The window of Window() in Cypher, per parent: where the cursors' sort keys stand in each parent's ordered
            // items (i.key), then first and last.
            var parameters = new Dictionary<string, object?>(plan.Parameters)
            {
                ["keys"] = keys,
                ["first"] = (long?)page.First,
                ["last"] = (long?)page.Last,
            };
            string Item(int i) => $"i.key[{i}]";
            var afterEnd = after is null ? "0" : $"size([i IN items WHERE {plan.SortsBefore(after.SortKey, orEqual: true, parameters, "after", Item)}])";
            var beforeStart = before is null ? "total" : $"size([i IN items WHERE {plan.SortsBefore(before.SortKey, orEqual: false, parameters, "before", Item)}])";
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (p:{GraphModel.Label(parentType)} {{key: k}}), {Visible.Bind("vs")}{scope.Pattern} WHERE {Visible.AndPath(plan.Condition, "vs")} " +
                "WITH k, n, collect(DISTINCT r) AS links " +
                $"WITH k, n, links, {plan.Projections} ORDER BY k, {plan.SortKeys}, n.key " +
                $"WITH k, collect({{node: n, links: links, key: {plan.SortKeyList}}}) AS items " +
                "WITH k, items, size(items) AS total " +
                $"WITH k, items, total, {afterEnd} AS lo, {beforeStart} AS hi " +
                "WITH k, items, total, lo, CASE WHEN hi < lo THEN lo ELSE hi END AS e1 " +
                "WITH k, items, total, lo, CASE WHEN $first IS NOT NULL AND e1 - lo > $first THEN lo + $first ELSE e1 END AS e " +
                "WITH k, items, total, e, CASE WHEN $last IS NOT NULL AND e - lo > $last THEN e - $last ELSE lo END AS s " +
                "RETURN k AS key, total, s AS start, items[s..e] AS page",
                parameters,
                cancellationToken);
            foreach (var row in rows)
            {
                var key = row.Get<string>("key");
                var identity = plan.Identity($"{scope.Pattern}@{key}");
                VerifyCursors(after, before, identity);
                var slice = row.Get<IReadOnlyList<object?>>("page")
                    .OfType<IReadOnlyDictionary<string, object?>>()
                    .Select(item => (Node: NodeCards.ToEntity((CypherNode)item["node"]!), SortKey: (IReadOnlyList<object?>)item["key"]!, Links: Links(item["links"])))
                    .Where(item => item.Node is not null)
                    .Select(item => new PageItem(item.Node!, item.SortKey, item.Links))
                    .ToList();
                result[key] = Page(slice, row.Get<long>("start"), row.Get<int>("total"), identity) with { Query = new ListQuery(scope.Items, where, scope, key) };
            }
        }

        foreach (var parent in parents)
        {
            if (!result.ContainsKey(parent))
            {
                var identity = plan.Identity($"{scope.Pattern}@{parent}");
                VerifyCursors(after, before, identity);
                result[parent] = Page([], 0, 0, identity) with { Query = new ListQuery(scope.Items, where, scope, parent) };
            }
        }

        return result;
    }

    private static void VerifyCursors(OpenedCursor? after, OpenedCursor? before, string identity)
    {
        foreach (var cursor in new[] { after, before })
        {
            if (cursor is not null)
            {
                CursorCodec.Verify(cursor, identity);
            }
        }
    }

    private static IReadOnlyList<ParentLink> Links(object? value) =>
        value is IEnumerable<object?> links
            ? [.. links.OfType<CypherRelationship>().Select(r => new ParentLink(r.Type, r.Properties)).OrderBy(l => l.Type, StringComparer.Ordinal)]
            : [];
}
