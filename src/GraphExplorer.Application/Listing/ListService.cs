using System.Text.Json;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// Typed lists with nested filters, sorting (including by relationship counts) and Relay cursor pagination: what the
/// GraphQL <c>organizations</c>, <c>agreements</c>, <c>events</c>, <c>people</c> and <c>facts</c> fields (and the
/// connection fields of entities, through a where on the parent) call. Thread-safe (stateless).
/// </summary>
/// <remarks>
/// Sort fields: the hand-named ones (organisations NAME, AGREEMENT_COUNT, EVENT_COUNT; agreements SIGNED_DATE, TITLE,
/// PARTY_COUNT; events START_DATE, NAME, PARTICIPANT_COUNT; people NAME; facts YEAR, VALUE, STATEMENT) and, generated
/// from the schema (<see cref="FilterCatalog.SortValue"/>), every scalar field (<c>NAME_ORIGINAL</c>, <c>SIGNED</c>, …)
/// and the count of every relationship field (<c>SECTORS_COUNT</c>). Every order ends with the id so that pages never
/// overlap. Nulls sort last ascending (Cypher's order), first descending. An imprecise date sorts by the start of the
/// interval it stands for (the stored first day), then by precision, finer first (11 June 2024, June 2024, 2024), then
/// by id; DESC reverses date and precision (not the id).
/// The one place a list's WHERE is composed is <see cref="Plan"/> (the caller's filter compiled by
/// <see cref="WhereCompiler"/>): a condition every list must meet belongs there.
/// </remarks>
public sealed partial class ListService(IGraphDatabase database, FilterCatalog? catalog = null, CursorCodec? cursors = null)
{
    public const int MaxPageSize = 500;

    private readonly FilterCatalog catalog = catalog ?? FilterCatalog.Explorer;
    private readonly CursorCodec cursors = cursors ?? CursorCodec.Process;

    private static readonly JsonSerializerOptions IdentityJson = new() { WriteIndented = false };

    /// <summary>The sort fields named by hand, kept for their exact meaning (counts of one relationship type, …).</summary>
    private static readonly IReadOnlyDictionary<EntityType, IReadOnlyDictionary<string, string>> NamedSortFields =
        new Dictionary<EntityType, IReadOnlyDictionary<string, string>>
        {
            [EntityType.Organization] = new Dictionary<string, string>
            {
                ["NAME"] = "n.name",
                ["AGREEMENT_COUNT"] = "COUNT { MATCH (n)-[sr:PARTY_TO]->(sm:Agreement) WHERE {visible} }",
                // An event the organisation both organised and took part in counts once, as in Organization.events.
                ["EVENT_COUNT"] = "COUNT { MATCH (n)-[sr:PARTICIPATED_IN|ORGANIZED]->(sm:Event) WHERE {visible} RETURN DISTINCT sm }",
            },
            [EntityType.Agreement] = new Dictionary<string, string>
            {
                ["SIGNED_DATE"] = "n.signedDate",
                ["TITLE"] = "n.title",
                ["PARTY_COUNT"] = "COUNT { MATCH (n)<-[sr:PARTY_TO]-(sm) WHERE {visible} }",
            },
            [EntityType.Event] = new Dictionary<string, string>
            {
                ["START_DATE"] = "n.startDate",
                ["NAME"] = "n.name",
                ["PARTICIPANT_COUNT"] = "COUNT { MATCH (n)<-[sr:PARTICIPATED_IN]-(sm) WHERE {visible} }",
            },
            [EntityType.Person] = new Dictionary<string, string> { ["NAME"] = "n.name" },
            [EntityType.Fact] = new Dictionary<string, string>
            {
                ["YEAR"] = "n.year",
                ["VALUE"] = "n.value",
                ["STATEMENT"] = "n.statement",
            },
        };

    /// <summary>Named sort fields on a date: they sort on its precision after the date itself (day, month, year, none).</summary>
    private static readonly IReadOnlyDictionary<(EntityType, string), string> NamedDatePrecisionTieBreaks =
        new Dictionary<(EntityType, string), string>
        {
            [(EntityType.Agreement, "SIGNED_DATE")] = PrecisionRank("n.signedDatePrecision"),
            [(EntityType.Event, "START_DATE")] = PrecisionRank("n.datePrecision"),
        };

    private static string PrecisionRank(string property) =>
        $"CASE {property} WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 0 END";

    private static readonly IReadOnlyDictionary<EntityType, SortOrder> DefaultOrder = new Dictionary<EntityType, SortOrder>
    {
        [EntityType.Organization] = new("NAME"),
        [EntityType.Agreement] = new("TITLE"),
        [EntityType.Event] = new("NAME"),
        [EntityType.Person] = new("NAME"),
        [EntityType.Fact] = new("STATEMENT"),
    };

    public Task<Connection> OrganizationsAsync(EntityWhere? where = null, IReadOnlyList<SortOrder>? orderBy = null, int first = 20, string? after = null, CancellationToken cancellationToken = default) =>
        ListAsync(EntityType.Organization, where, orderBy, first, after, cancellationToken);

    public Task<Connection> AgreementsAsync(EntityWhere? where = null, IReadOnlyList<SortOrder>? orderBy = null, int first = 20, string? after = null, CancellationToken cancellationToken = default) =>
        ListAsync(EntityType.Agreement, where, orderBy, first, after, cancellationToken);

    public Task<Connection> EventsAsync(EntityWhere? where = null, IReadOnlyList<SortOrder>? orderBy = null, int first = 20, string? after = null, CancellationToken cancellationToken = default) =>
        ListAsync(EntityType.Event, where, orderBy, first, after, cancellationToken);

    public Task<Connection> PeopleAsync(EntityWhere? where = null, IReadOnlyList<SortOrder>? orderBy = null, int first = 20, string? after = null, CancellationToken cancellationToken = default) =>
        ListAsync(EntityType.Person, where, orderBy, first, after, cancellationToken);

    public Task<Connection> ListAsync(EntityType type, EntityWhere? where, IReadOnlyList<SortOrder>? orderBy, int first, string? after, CancellationToken cancellationToken = default) =>
        ListAsync(type, where, orderBy, new PageRequest(first, after), cancellationToken);

    /// <summary>A page of the list of <paramref name="type"/>: the filter, the order, then the Relay window of <paramref name="page"/>.</summary>
    public Task<Connection> ListAsync(EntityType type, EntityWhere? where, IReadOnlyList<SortOrder>? orderBy, PageRequest page, CancellationToken cancellationToken = default) =>
        ListAsync(type, where, orderBy, page, null, cancellationToken);

    /// <summary>
    /// As above, within the network <paramref name="network"/> describes: as of a day, with an evidence bar
    /// (<see cref="GraphFilter.ToEntityCypher"/>: the rule the graph views apply, carried by the listed entity).
    /// </summary>
    public async Task<Connection> ListAsync(EntityType type, EntityWhere? where, IReadOnlyList<SortOrder>? orderBy, PageRequest page, GraphFilter? network, CancellationToken cancellationToken = default)
    {
        var plan = Plan(type, where, orderBy, page, network);
        var label = GraphModel.Label(type);
        var identity = plan.Identity(label);
        var after = page.After is { } a ? cursors.Decode(a, identity, "after") : null;
        var before = page.Before is { } b ? cursors.Decode(b, identity, "before") : null;

        // The total and, for each cursor, where its sort key now stands: the items up to and including it (after), the
        // items before it (before). One pass over the filtered list.
        var counting = new Dictionary<string, object?>(plan.Parameters);
        var positions = after is null && before is null
            ? ""
            : $" WITH n, {plan.Projections}" +
              $" RETURN count(n) AS c, count(CASE WHEN {plan.SortsBefore(after, orEqual: true, counting, "after")} THEN 1 END) AS a," +
              $" count(CASE WHEN {plan.SortsBefore(before, orEqual: false, counting, "before")} THEN 1 END) AS b";
        var count = await database.ReadAsync(
            $"MATCH (n:{label}) WHERE {plan.Condition}" + (positions.Length > 0 ? positions : " RETURN count(n) AS c"), counting, cancellationToken);
        var total = count[0].Get<int>("c");
        var (start, end) = Window(page, after is null ? 0 : count[0].Get<long>("a"), before is null ? total : count[0].Get<long>("b"));

        var parameters = new Dictionary<string, object?>(plan.Parameters) { ["skip"] = start, ["limit"] = end - start };
        var rows = await database.ReadAsync(
            $"MATCH (n:{label}) WHERE {plan.Condition} WITH n, {plan.Projections} " +
            $"RETURN n, {plan.SortKeyList} AS sortKey ORDER BY {plan.SortKeys}, n.key SKIP $skip LIMIT $limit",
            parameters,
            cancellationToken);
        var entities = rows
            .Select(r => (Node: NodeCards.ToEntity(r.Get<CypherNode>("n")), SortKey: r.Get<IReadOnlyList<object?>>("sortKey")))
            .Where(r => r.Node is not null)
            .Select(r => new PageItem(r.Node!, r.SortKey, []))
            .ToList();
        return Page(entities, start, total, identity) with { Query = new ListQuery(type, where, Network: network) };
    }

    /// <summary>
    /// What a list query needs besides its MATCH: the compiled filter (values in <see cref="ListPlan.Parameters"/>),
    /// the sort projections <c>s0, s1, …</c> over <c>n</c> and the ORDER BY keys over them, and what identifies the list
    /// for its cursors (filter and order).
    /// </summary>
    private ListPlan Plan(EntityType type, EntityWhere? where, IReadOnlyList<SortOrder>? orderBy, PageRequest page, GraphFilter? network = null)
    {
        if (!NamedSortFields.ContainsKey(type))
        {
            throw ApplicationErrors.InvalidArgument("type", $"{type} has no list");
        }

        foreach (var (name, size) in new[] { ("first", page.First), ("last", page.Last) })
        {
            if (size is < 0 or > MaxPageSize)
            {
                throw ApplicationErrors.InvalidArgument(name, $"must be between 0 and {MaxPageSize}, got {size}");
            }
        }

        var parameters = GraphQueries.Parameters();
        // Only what the reader may see is listed, counted and sorted on (see Visible).
        var condition = Visible.And(new WhereCompiler(type, parameters, catalog).Compile(where, "n"), "n");
        if (network is not null)
        {
            if (network.MinSources is < 0)
            {
                throw ApplicationErrors.InvalidArgument("minSources", $"must be 0 or more, got {network.MinSources}");
            }

            condition = $"({condition}) AND {network.ToEntityCypher("n", type, parameters)}";
        }

        var orders = orderBy is { Count: > 0 } ? orderBy : [DefaultOrder[type]];
        var keys = new List<(string Name, bool Descending)>();
        var projections = new List<string>();
        for (var i = 0; i < orders.Count; i++)
        {
            var (expression, precision) = SortExpression(type, orders[i].Field)
                ?? throw ApplicationErrors.InvalidArgument($"orderBy[{i}].field",
                    $"'{orders[i].Field}' is not a sort field of {type.ToString().ToLowerInvariant()} lists (expected one of {string.Join(", ", SortFieldNames(type))})");
            projections.Add($"{expression} AS s{i}");
            keys.Add(($"s{i}", orders[i].Descending));
            if (precision is not null)
            {
                projections.Add($"{precision} AS s{i}p");
                keys.Add(($"s{i}p", orders[i].Descending));
            }
        }

        // A cursor is bound to the network too: a page as of one day does not continue a list as of another.
        var filterAndOrder = network is null
            ? JsonSerializer.Serialize(new { where, orders }, IdentityJson)
            : JsonSerializer.Serialize(new { where, orders, network = new { network.AsOf, network.MinSources, network.StatedOnly } }, IdentityJson);
        return new ListPlan(condition, parameters, string.Join(", ", projections), keys, filterAndOrder);
    }

    /// <summary>What the cursors of a top-level list are bound to (for tests that forge one).</summary>
    internal string ListIdentity(EntityType type, EntityWhere? where, IReadOnlyList<SortOrder>? orderBy) =>
        Plan(type, where, orderBy, new PageRequest()).Identity(GraphModel.Label(type));

    /// <summary>The expression of a sort field (named, or generated from a catalog field) and of its precision tie-break for dates.</summary>
    private (string Expression, string? Precision)? SortExpression(EntityType type, string field)
    {
        if (NamedSortFields[type].TryGetValue(field, out var named))
        {
            // A count of related entities counts only the ties (sr) and entities (sm) the reader may see.
            return (named.Replace("{visible}", Visible.All("sr", "sm"), StringComparison.Ordinal), NamedDatePrecisionTieBreaks.GetValueOrDefault((type, field)));
        }

        var generated = catalog.Fields(FilterCatalog.TypeName(type)).FirstOrDefault(f => FilterCatalog.SortValue(f) == field);
        return generated switch
        {
            { Relationship: { } r } => ($"COUNT {{ MATCH {Visible.Bind("sp")}{r.On("n", "sn")} WHERE {Visible.Path("sp")} RETURN DISTINCT sn }}", null),
            { Scalar: { Kind: StoredKind.PartialDate } date } => (date.On("n"), PrecisionRank(date.PrecisionOn("n"))),
            { Scalar: { } scalar } => (scalar.On("n"), null),
            _ => null,
        };
    }

    /// <summary>Every sort field of a list: the named ones, then the generated ones.</summary>
    public IReadOnlyList<string> SortFieldNames(EntityType type) =>
        [.. NamedSortFields.GetValueOrDefault(type)?.Keys ?? [], .. catalog.Fields(FilterCatalog.TypeName(type)).Select(FilterCatalog.SortValue).OfType<string>()
            .Where(v => NamedSortFields.GetValueOrDefault(type)?.ContainsKey(v) != true)];

    /// <summary>
    /// The window [start, end) that a Relay page asks for (GraphQL Cursor Connections, "Pagination algorithm"): the
    /// items after <c>after</c> and before <c>before</c> (positions <paramref name="afterEnd"/> to
    /// <paramref name="beforeStart"/>, where the cursors' sort keys now stand), then the first <c>first</c> of them,
    /// then the last <c>last</c>.
    /// </summary>
    private static (long Start, long End) Window(PageRequest page, long afterEnd, long beforeStart)
    {
        var start = afterEnd;
        var end = Math.Max(beforeStart, start);
        if (page.First is { } first && end - start > first)
        {
            end = start + first;
        }

        if (page.Last is { } last && end - start > last)
        {
            start = end - last;
        }

        return (start, end);
    }

    /// <summary>A page of the ordered list from <paramref name="offset"/>, given its items (at most one page) and the list's total.</summary>
    private Connection Page(IReadOnlyList<PageItem> page, long offset, int total, string identity)
    {
        var edges = page.Select(e => new ConnectionEdge(cursors.Encode(e.SortKey, identity), e.Node) { Links = e.Links }).ToList();
        return new Connection(
            edges,
            new PageInfo(offset + edges.Count < total, offset > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            total);
    }

    /// <summary>An item of a page: the entity, the values it sorts by (its id last: what its cursor holds) and, in a nested connection, its ties to the parent.</summary>
    private sealed record PageItem(EntityRecord Node, IReadOnlyList<object?> SortKey, IReadOnlyList<ParentLink> Links);

    private sealed record ListPlan(
        string Condition, IReadOnlyDictionary<string, object?> Parameters, string Projections, IReadOnlyList<(string Name, bool Descending)> Keys,
        string FilterAndOrder)
    {
        /// <summary>The ORDER BY keys over the projections (the id follows them in every query).</summary>
        public string SortKeys => string.Join(", ", Keys.Select(k => k.Descending ? k.Name + " DESC" : k.Name));

        /// <summary>The item's sort key as a Cypher list: the projections in order, then the id.</summary>
        public string SortKeyList => $"[{string.Join(", ", Keys.Select(k => k.Name))}, n.key]";

        /// <summary>What a cursor is bound to: the list (its label, or its scope and parent), its filter and its order.</summary>
        public string Identity(string list) => $"{list}|{FilterAndOrder}";

        /// <summary>
        /// "The item sorts before the cursor's sort key" (or "before, or is it") over the sort values
        /// <paramref name="item"/> names (default: the projections and <c>n.key</c>); "true" without a cursor. Its values
        /// go into <paramref name="parameters"/> under <paramref name="prefix"/>.
        /// </summary>
        public string SortsBefore(IReadOnlyList<object?>? cursor, bool orEqual, Dictionary<string, object?> parameters, string prefix,
            Func<int, string>? item = null)
        {
            if (cursor is null)
            {
                return "true";
            }

            if (cursor.Count != Keys.Count + 1)
            {
                throw ApplicationErrors.Cursor(ApplicationErrorCode.ForeignCursor, prefix, "the cursor was issued for another order; page with the same arguments that gave it");
            }

            var next = 0;
            return KeysetPredicate.SortsBefore(
                [.. Enumerable.Range(0, Keys.Count + 1).Select(i => item?.Invoke(i) ?? (i < Keys.Count ? Keys[i].Name : "n.key"))],
                [.. Keys.Select(k => k.Descending), false],
                cursor,
                orEqual,
                value =>
                {
                    var name = $"{prefix}{next++}";
                    parameters[name] = value;
                    return "$" + name;
                });
        }
    }
}

/// <summary>The Relay arguments of one page: <c>first</c>/<c>after</c> forward, <c>last</c>/<c>before</c> backward (null: not given).</summary>
public sealed record PageRequest(int? First = 20, string? After = null, int? Last = null, string? Before = null);
