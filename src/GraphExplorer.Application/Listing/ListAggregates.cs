using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Listing;

/// <summary>Which list a connection is a page of: the type and filter, for a nested connection its scope and parent,
/// and for a top-level list the network it was asked within (as of a day, an evidence bar).</summary>
public sealed record ListQuery(EntityType Type, EntityWhere? Where, ListScope? Scope = null, string? Parent = null, Exploration.GraphFilter? Network = null);

/// <summary>The aggregates of one field over a filtered list; each null when no item has the field.</summary>
public sealed record FieldAggregate(object? Min, object? Max, double? Avg, object? Sum, string? Shortest, string? Longest, PartialDate? Earliest, PartialDate? Latest);

/// <summary>A group of the grouped form: its key values (as text, in the order asked) and its count.</summary>
public sealed record ListGroup(IReadOnlyList<string?> Key, int Count);

/// <summary>A key items can be grouped by: a scalar field, or the year of a date (<c>SIGNED_YEAR</c>).</summary>
public sealed record GroupKey(string Name, StoredScalar Scalar, bool Year);

/// <summary>
/// Aggregations over a whole filtered list (not one page): the count, per-field aggregates and grouped counts. Each
/// runs one query over the list's MATCH and WHERE (<see cref="Match"/>, built by <see cref="Plan"/> like the list's
/// own). Dates known to the month or year aggregate as the intervals they stand for: the earliest is the date whose
/// interval starts first, the latest the one whose interval ends last; the query takes the extreme of each precision
/// and the interval arithmetic (<see cref="PartialDate"/>) picks among those three.
/// </summary>
public static class ListAggregates
{
    /// <summary>The group keys of a type: every scalar field but lists of strings, and the year of each date.</summary>
    public static IReadOnlyList<GroupKey> GroupKeys(FilterCatalog catalog, string typeName) =>
    [
        .. catalog.Fields(typeName).Where(f => f.Scalar is { Kind: not StoredKind.StringList and not StoredKind.PartialDate })
            .Select(f => new GroupKey(FilterCatalog.SortValue(f)!, f.Scalar!, false)),
        .. catalog.Fields(typeName).Where(f => f.Scalar is { Kind: StoredKind.PartialDate })
            .Select(f => new GroupKey(FilterCatalog.SortValue(f) + "_YEAR", f.Scalar!, true)),
    ];
}

public sealed partial class ListService
{
    /// <summary>The count and the aggregates of <paramref name="fields"/> (catalog field names; null: every field that has one) over the list.</summary>
    public async Task<(int Count, IReadOnlyDictionary<string, FieldAggregate> Fields)> AggregateAsync(ListQuery query, IReadOnlyCollection<string>? fields, CancellationToken cancellationToken = default)
    {
        var (match, parameters) = Match(query);
        var selected = catalog.Fields(FilterCatalog.TypeName(query.Type))
            .Where(f => f.Scalar is { Kind: not StoredKind.StringList and not StoredKind.Boolean and not StoredKind.Kind } && (fields is null || fields.Contains(f.Name)))
            .ToList();
        var returns = new List<string> { "count(n) AS count" };
        for (var i = 0; i < selected.Count; i++)
        {
            var scalar = selected[i].Scalar!;
            var e = scalar.On("n");
            switch (scalar.Kind)
            {
                case StoredKind.Int or StoredKind.Float:
                    returns.Add($"min({e}) AS a{i}min, max({e}) AS a{i}max, avg({e}) AS a{i}avg, CASE WHEN count({e}) = 0 THEN null ELSE sum({e}) END AS a{i}sum");
                    break;
                case StoredKind.String or StoredKind.Id:
                    returns.Add($"min({e}) AS a{i}min, max({e}) AS a{i}max, " +
                        $"reduce(b = null, x IN collect({e}) | CASE WHEN b IS NULL OR size(x) < size(b) OR (size(x) = size(b) AND x < b) THEN x ELSE b END) AS a{i}shortest, " +
                        $"reduce(b = null, x IN collect({e}) | CASE WHEN b IS NULL OR size(x) > size(b) OR (size(x) = size(b) AND x < b) THEN x ELSE b END) AS a{i}longest");
                    break;
                case StoredKind.PartialDate:
                    var p = scalar.PrecisionOn("n");
                    foreach (var precision in new[] { PartialDate.Day, PartialDate.Month, PartialDate.Year })
                    {
                        var when = precision == PartialDate.Day ? $"coalesce({p}, 'day') = 'day'" : $"{p} = '{precision}'";
                        returns.Add($"min(CASE WHEN {when} THEN {e} END) AS a{i}{precision}min, max(CASE WHEN {when} THEN {e} END) AS a{i}{precision}max");
                    }

                    break;
            }
        }

        var rows = await database.ReadAsync($"{match} RETURN {string.Join(", ", returns)}", parameters, cancellationToken);
        var row = rows[0];
        var result = new Dictionary<string, FieldAggregate>(StringComparer.Ordinal);
        for (var i = 0; i < selected.Count; i++)
        {
            var scalar = selected[i].Scalar!;
            result[selected[i].Name] = scalar.Kind switch
            {
                StoredKind.Int or StoredKind.Float => new FieldAggregate(row[$"a{i}min"], row[$"a{i}max"], row[$"a{i}avg"] is { } avg ? Convert.ToDouble(avg, System.Globalization.CultureInfo.InvariantCulture) : null, row[$"a{i}sum"], null, null, null, null),
                StoredKind.String or StoredKind.Id => new FieldAggregate(row[$"a{i}min"], row[$"a{i}max"], null, null, row[$"a{i}shortest"] as string, row[$"a{i}longest"] as string, null, null),
                _ => Dates(row, i),
            };
        }

        return (row.Get<int>("count"), result);
    }

    /// <summary>Counts per distinct combination of <paramref name="keys"/> (group key names), most items first, then by key.</summary>
    public async Task<IReadOnlyList<ListGroup>> GroupsAsync(ListQuery query, IReadOnlyList<string> keys, int first, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            throw ApplicationErrors.InvalidArgument("groups.by", "give at least one key");
        }

        if (first is < 0 or > MaxPageSize)
        {
            throw ApplicationErrors.InvalidArgument("groups.first", $"must be between 0 and {MaxPageSize}, got {first}");
        }

        var available = ListAggregates.GroupKeys(catalog, FilterCatalog.TypeName(query.Type));
        var projections = keys.Select((name, i) =>
        {
            var key = available.FirstOrDefault(k => k.Name == name)
                ?? throw ApplicationErrors.InvalidArgument($"groups.by[{i}]", $"'{name}' is not a group key of {query.Type.ToString().ToLowerInvariant()} lists (expected one of {string.Join(", ", available.Select(k => k.Name))})");
            var e = key.Scalar.On("n");
            return key switch
            {
                { Year: true } => $"toString({e}.year) AS g{i}",
                { Scalar.Kind: StoredKind.Kind } => $"toUpper({e}) AS g{i}",
                _ => $"toString({e}) AS g{i}",
            };
        }).ToList();
        var (match, parameters) = Match(query);
        var groupKeys = string.Join(", ", keys.Select((_, i) => $"g{i}"));
        var rows = await database.ReadAsync(
            $"{match} WITH n, {string.Join(", ", projections)} RETURN {groupKeys}, count(n) AS c ORDER BY c DESC, {groupKeys} LIMIT $groupLimit",
            new Dictionary<string, object?>(parameters) { ["groupLimit"] = (long)first },
            cancellationToken);
        return [.. rows.Select(r => new ListGroup([.. keys.Select((_, i) => r[$"g{i}"] as string)], r.Get<int>("c")))];
    }

    /// <summary>The MATCH and WHERE of the list a connection pages, ending with each item once as <c>n</c>.</summary>
    private (string Match, IReadOnlyDictionary<string, object?> Parameters) Match(ListQuery query)
    {
        var plan = Plan(query.Type, query.Where, null, new PageRequest(), query.Network);
        if (query is { Scope: { } scope, Parent: { } parent })
        {
            var parentLabel = GraphModel.Label(GraphModel.RequireTypeOfKey(parent));
            return ($"MATCH (p:{parentLabel} {{key: $aggregateParent}}), {Visible.Bind("vs")}{scope.Pattern} WHERE {Visible.AndPath(plan.Condition, "vs")} WITH DISTINCT n",
                new Dictionary<string, object?>(plan.Parameters) { ["aggregateParent"] = parent });
        }

        return ($"MATCH (n:{GraphModel.Label(query.Type)}) WHERE {plan.Condition} WITH n", plan.Parameters);
    }

    private static FieldAggregate Dates(CypherRecord row, int i)
    {
        var candidates = new[] { PartialDate.Day, PartialDate.Month, PartialDate.Year }
            .SelectMany(p => new[] { (Min: true, Date: PartialDate.Read(row[$"a{i}{p}min"], p)), (Min: false, Date: PartialDate.Read(row[$"a{i}{p}max"], p)) })
            .Where(c => c.Date is not null)
            .ToList();
        var rank = new Dictionary<string, int> { [PartialDate.Day] = 0, [PartialDate.Month] = 1, [PartialDate.Year] = 2 };
        var earliest = candidates.Where(c => c.Min).Select(c => c.Date!).OrderBy(d => d.Earliest).ThenBy(d => rank[d.Precision]).FirstOrDefault();
        var latest = candidates.Where(c => !c.Min).Select(c => c.Date!).OrderByDescending(d => d.Latest).ThenBy(d => rank[d.Precision]).FirstOrDefault();
        return new FieldAggregate(null, null, null, null, null, null, earliest, latest);
    }
}
