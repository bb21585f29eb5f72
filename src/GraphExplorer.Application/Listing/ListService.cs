using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// Typed lists with nested filters, sorting (including by relationship counts) and Relay cursor pagination: what the
/// GraphQL <c>organizations</c>, <c>agreements</c>, <c>events</c> and <c>people</c> fields (and the connection fields
/// of entities, through a where on the parent) call. Thread-safe (stateless).
/// </summary>
/// <remarks>
/// Sort fields: organisations NAME, AGREEMENT_COUNT, EVENT_COUNT; agreements SIGNED_DATE, TITLE, PARTY_COUNT; events
/// START_DATE, NAME, PARTICIPANT_COUNT; people NAME; facts YEAR, VALUE, STATEMENT. Every order ends with the id so that pages never overlap. Nulls
/// sort last ascending (Cypher's order), first descending. An imprecise date sorts by the start of the interval it
/// stands for (the stored first day), then by precision, finer first (11 June 2024, June 2024, 2024), then by id;
/// DESC reverses date and precision (not the id).
/// </remarks>
public sealed partial class ListService(IGraphDatabase database)
{
    public const int MaxPageSize = 500;

    private static readonly IReadOnlyDictionary<EntityType, IReadOnlyDictionary<string, string>> SortFields =
        new Dictionary<EntityType, IReadOnlyDictionary<string, string>>
        {
            [EntityType.Organization] = new Dictionary<string, string>
            {
                ["NAME"] = "n.name",
                ["AGREEMENT_COUNT"] = "COUNT { (n)-[:PARTY_TO]->(:Agreement) }",
                // An event the organisation both organised and took part in counts once, as in Organization.events.
                ["EVENT_COUNT"] = "COUNT { MATCH (n)-[:PARTICIPATED_IN|ORGANIZED]->(e:Event) RETURN DISTINCT e }",
            },
            [EntityType.Agreement] = new Dictionary<string, string>
            {
                ["SIGNED_DATE"] = "n.signedDate",
                ["TITLE"] = "n.title",
                ["PARTY_COUNT"] = "COUNT { (n)<-[:PARTY_TO]-() }",
            },
            [EntityType.Event] = new Dictionary<string, string>
            {
                ["START_DATE"] = "n.startDate",
                ["NAME"] = "n.name",
                ["PARTICIPANT_COUNT"] = "COUNT { (n)<-[:PARTICIPATED_IN]-() }",
            },
            [EntityType.Person] = new Dictionary<string, string> { ["NAME"] = "n.name" },
            [EntityType.Fact] = new Dictionary<string, string>
            {
                ["YEAR"] = "n.year",
                ["VALUE"] = "n.value",
                ["STATEMENT"] = "n.statement",
            },
        };

    /// <summary>Sort fields on a date: they sort on its precision after the date itself (day, month, year, none).</summary>
    private static readonly IReadOnlyDictionary<(EntityType, string), string> DatePrecisionTieBreaks =
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

    public async Task<Connection> ListAsync(
        EntityType type,
        EntityWhere? where,
        IReadOnlyList<SortOrder>? orderBy,
        int first,
        string? after,
        CancellationToken cancellationToken = default)
    {
        var plan = Plan(type, where, orderBy, first, after);
        var label = GraphModel.Label(type);
        var count = await database.ReadAsync($"MATCH (n:{label}) WHERE {plan.Condition} RETURN count(n) AS c", plan.Parameters, cancellationToken);
        var total = count[0].Get<int>("c");

        var parameters = new Dictionary<string, object?>(plan.Parameters) { ["skip"] = plan.Offset, ["limit"] = (long)first };
        var rows = await database.ReadAsync(
            $"MATCH (n:{label}) WHERE {plan.Condition} WITH n, {plan.Projections} " +
            $"RETURN n ORDER BY {plan.SortKeys}, n.key SKIP $skip LIMIT $limit",
            parameters,
            cancellationToken);
        var entities = rows.Select(r => NodeCards.ToEntity(r.Get<CypherNode>("n"))).OfType<EntityRecord>().ToList();
        return Page([.. entities.Select(e => (e, (IReadOnlyList<ParentLink>)[]))], plan.Offset, total);
    }

    /// <summary>
    /// What a list query needs besides its MATCH: the compiled filter (values in <see cref="ListPlan.Parameters"/>),
    /// the sort projections <c>s0, s1, …</c> over <c>n</c> and the ORDER BY keys over them, and the page's offset.
    /// </summary>
    private static ListPlan Plan(EntityType type, EntityWhere? where, IReadOnlyList<SortOrder>? orderBy, int first, string? after)
    {
        if (!SortFields.TryGetValue(type, out var fields))
        {
            throw ApplicationErrors.InvalidArgument("type", $"{type} has no list");
        }

        if (first is < 0 or > MaxPageSize)
        {
            throw ApplicationErrors.InvalidArgument("first", $"must be between 0 and {MaxPageSize}, got {first}");
        }

        var offset = after is null ? 0 : Cursor.Decode(after) + 1;
        var parameters = GraphQueries.Parameters();
        var condition = new WhereCompiler(type, parameters).Compile(where, "n");
        var orders = orderBy is { Count: > 0 } ? orderBy : [DefaultOrder[type]];
        var sortKeys = new List<string>();
        var projections = new List<string>();
        for (var i = 0; i < orders.Count; i++)
        {
            if (!fields.TryGetValue(orders[i].Field, out var expression))
            {
                throw ApplicationErrors.InvalidArgument($"orderBy[{i}].field",
                    $"'{orders[i].Field}' is not a sort field of {type.ToString().ToLowerInvariant()} lists (expected one of {string.Join(", ", fields.Keys)})");
            }

            projections.Add($"{expression} AS s{i}");
            sortKeys.Add($"s{i}{(orders[i].Descending ? " DESC" : "")}");
            if (DatePrecisionTieBreaks.TryGetValue((type, orders[i].Field), out var precision))
            {
                projections.Add($"{precision} AS s{i}p");
                sortKeys.Add($"s{i}p{(orders[i].Descending ? " DESC" : "")}");
            }
        }

        return new ListPlan(condition, parameters, string.Join(", ", projections), string.Join(", ", sortKeys), offset);
    }

    /// <summary>A page of the ordered list from <paramref name="offset"/>, given its entities (at most one page) and the list's total.</summary>
    private static Connection Page(IReadOnlyList<(EntityRecord Node, IReadOnlyList<ParentLink> Links)> page, long offset, int total)
    {
        var edges = page.Select((e, i) => new ConnectionEdge(Cursor.Encode(offset + i), e.Node) { Links = e.Links }).ToList();
        return new Connection(
            edges,
            new PageInfo(offset + edges.Count < total, offset > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            total);
    }

    private sealed record ListPlan(string Condition, IReadOnlyDictionary<string, object?> Parameters, string Projections, string SortKeys, long Offset);
}
