using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
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
    /// The query groups the matches per parent and item, sorts them per parent, collects each parent's ordered items
    /// and returns the total and the page's slice: per parent it reads every matching item once, as a count would.
    /// </remarks>
    public async Task<IReadOnlyDictionary<string, Connection>> ListWithinAsync(
        ListScope scope,
        IReadOnlyList<string> parents,
        EntityWhere? where,
        IReadOnlyList<SortOrder>? orderBy,
        int first,
        string? after,
        CancellationToken cancellationToken = default)
    {
        var plan = Plan(scope.Items, where, orderBy, first, after);
        var result = new Dictionary<string, Connection>(StringComparer.Ordinal);
        foreach (var (parentType, keys) in NodeCards.GroupByType(parents))
        {
            if (!scope.Parents.Contains(parentType))
            {
                continue;
            }

            var parameters = new Dictionary<string, object?>(plan.Parameters)
            {
                ["keys"] = keys,
                ["skip"] = plan.Offset,
                ["end"] = plan.Offset + first,
            };
            var rows = await database.ReadAsync(
                $"UNWIND $keys AS k MATCH (p:{GraphModel.Label(parentType)} {{key: k}}), {scope.Pattern} WHERE {plan.Condition} " +
                "WITH k, n, collect(DISTINCT r) AS links " +
                $"WITH k, n, links, {plan.Projections} ORDER BY k, {plan.SortKeys}, n.key " +
                "WITH k, collect({node: n, links: links}) AS items " +
                "RETURN k AS key, size(items) AS total, items[$skip..$end] AS page",
                parameters,
                cancellationToken);
            foreach (var row in rows)
            {
                var page = row.Get<IReadOnlyList<object?>>("page")
                    .OfType<IReadOnlyDictionary<string, object?>>()
                    .Select(item => (Node: NodeCards.ToEntity((CypherNode)item["node"]!), Links: Links(item["links"])))
                    .Where(item => item.Node is not null)
                    .Select(item => (item.Node!, item.Links))
                    .ToList();
                result[row.Get<string>("key")] = Page(page, plan.Offset, row.Get<int>("total"));
            }
        }

        foreach (var parent in parents)
        {
            result.TryAdd(parent, Page([], plan.Offset, 0));
        }

        return result;
    }

    private static IReadOnlyList<ParentLink> Links(object? value) =>
        value is IEnumerable<object?> links
            ? [.. links.OfType<CypherRelationship>().Select(r => new ParentLink(r.Type, r.Properties)).OrderBy(l => l.Type, StringComparer.Ordinal)]
            : [];
}
