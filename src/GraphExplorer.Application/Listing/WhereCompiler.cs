using System.Runtime.CompilerServices;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// Compiles an <see cref="EntityWhere"/> into a Cypher condition over one variable. The text is built only from the
/// fixed fragments below; every value goes into a parameter (<c>$w0</c>, <c>$w1</c>, …), so no user text ever
/// reaches the query text. Errors name the path of the offending field (e.g. <c>where.OR[1].partyTo</c>).
/// Filters on related entities (<c>parties_SOME</c>) compile with a compiler for the related type that shares this
/// one's parameters and numbering.
/// </summary>
internal sealed partial class WhereCompiler(EntityType? type, IDictionary<string, object?> parameters, FilterCatalog catalog, StrongBox<int>? numbering = null)
{
    public const int MaxDepth = 8;

    private readonly StrongBox<int> next = numbering ?? new StrongBox<int>();

    public string Compile(EntityWhere? where, string variable, string path = "where") =>
        where is null ? "true" : Node(where, variable, path, 0);

    private string Node(EntityWhere where, string v, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw ApplicationErrors.InvalidArgument(path, $"filters nest at most {MaxDepth} levels deep");
        }

        var parts = new List<string>();
        if (where.And is { } and)
        {
            parts.Add(Group(and, " AND ", v, $"{path}.AND", depth));
        }

        if (where.Or is { } or)
        {
            parts.Add(Group(or, " OR ", v, $"{path}.OR", depth));
        }

        if (where.Not is { } not)
        {
            parts.Add($"NOT ({Node(not, v, $"{path}.NOT", depth + 1)})");
        }

        if (where.Text is { } text)
        {
            var words = SearchText.Normalize(text);
            if (words.Length == 0)
            {
                throw ApplicationErrors.InvalidArgument($"{path}.text", "the text is empty");
            }

            parts.Add($"all(w IN {Parameter(words.Split(' ').ToList())} WHERE {v}.searchText CONTAINS w)");
        }

        if (where.KindIn is { } kinds)
        {
            var allowed = type switch
            {
                EntityType.Organization => GraphModel.OrganizationKinds,
                EntityType.Agreement => GraphModel.AgreementKinds,
                EntityType.Event => GraphModel.EventKinds,
                EntityType.Fact => GraphModel.FactKinds,
                _ => throw NotApplicable(path, "kind_in"),
            };
            foreach (var kind in kinds.Where(k => !allowed.Contains(k)))
            {
                throw ApplicationErrors.InvalidArgument($"{path}.kind_in",
                    $"'{kind}' is no {Described} kind stored in the graph (expected one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))})");
            }

            parts.Add($"{v}.kind IN {Parameter(kinds.ToList())}");
        }

        Related(parts, where.Sector, type is EntityType.Organization or EntityType.Agreement or EntityType.Event or EntityType.Fact, v, path, "sector", "-[:IN_SECTOR]->(wx:Sector)", EntityType.Sector);
        if (where.Country is { } country)
        {
            Require(type is EntityType.Organization or EntityType.Agreement, path, "country");
            RequireId(country, path, "country", EntityType.Place);
            var p = Parameter(country);
            var located = VisibleExists($"({v})-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(wc:Place)", $"wc.key = {p}");
            parts.Add(type == EntityType.Agreement
                ? $"({located} OR {VisibleExists($"({v})<-[:PARTY_TO]-(:Organization)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(wc:Place)", $"wc.key = {p}")})"
                : located);
        }

        Related(parts, where.PartyTo, type == EntityType.Organization, v, path, "partyTo", "-[:PARTY_TO]->(wx:Agreement)", EntityType.Agreement);
        Related(parts, where.Party, type == EntityType.Agreement, v, path, "party", "<-[:PARTY_TO]-(wx)", EntityType.Organization, EntityType.Person);
        if (where.SignedDate is { } signed)
        {
            Require(type == EntityType.Agreement, path, "signedDate");
            parts.Add(Dates($"{v}.signedDate", null, $"{v}.signedDatePrecision", signed, $"{path}.signedDate"));
        }

        Related(parts, where.Place, type == EntityType.Event, v, path, "place", "-[:LOCATED_IN]->(:Place)-[:PART_OF*0..6]->(wx:Place)", EntityType.Place);
        Related(parts, where.Participant, type == EntityType.Event, v, path, "participant", "<-[:PARTICIPATED_IN]-(wx)", EntityType.Organization, EntityType.Person);
        Related(parts, where.Organizer, type == EntityType.Event, v, path, "organizer", "<-[:ORGANIZED]-(wx)", EntityType.Organization);
        if (where.Date is { } date)
        {
            Require(type == EntityType.Event, path, "date");
            parts.Add(Dates($"{v}.startDate", $"{v}.endDate", $"{v}.datePrecision", date, $"{path}.date"));
        }

        Related(parts, where.Organization, type == EntityType.Person, v, path, "organization", "-[:HOLDS_ROLE]->(wx:Organization)", EntityType.Organization);
        Related(parts, where.About, type == EntityType.Fact, v, path, "about", "-[:ABOUT]->(wx)", EntityType.Place, EntityType.Organization, EntityType.Event);
        Related(parts, where.Source, type == EntityType.Fact, v, path, "source", "-[:CITED_IN]->(wx:Source)", EntityType.Source);
        foreach (var condition in where.Fields)
        {
            parts.Add(Generated(condition, v, depth));
        }

        Some(parts, where.PartiesSome, negate: false, type == EntityType.Agreement, v, path, "parties_SOME", EntityType.Organization, "<-[:PARTY_TO]-", depth);
        Some(parts, where.PartiesNone, negate: true, type == EntityType.Agreement, v, path, "parties_NONE", EntityType.Organization, "<-[:PARTY_TO]-", depth);
        Some(parts, where.AgreementsSome, negate: false, type == EntityType.Organization, v, path, "agreements_SOME", EntityType.Agreement, "-[:PARTY_TO]->", depth);
        Some(parts, where.AgreementsNone, negate: true, type == EntityType.Organization, v, path, "agreements_NONE", EntityType.Agreement, "-[:PARTY_TO]->", depth);

        return parts.Count == 0 ? "true" : string.Join(" AND ", parts.Select(p => $"({p})"));
    }

    /// <summary>
    /// A criterion naming a related entity by id: <paramref name="pattern"/> (a fixed fragment of this class) leads from
    /// the listed entity to <c>wx</c>, which must have that key. An id of another type is an error (it could never
    /// match); a well-formed id that names nothing matches nothing.
    /// </summary>
    private void Related(List<string> parts, string? key, bool applies, string v, string path, string field, string pattern, params EntityType[] idTypes)
    {
        if (key is null)
        {
            return;
        }

        Require(applies, path, field);
        RequireId(key, path, field, idTypes);
        parts.Add(VisibleExists($"({v}){pattern}", $"wx.key = {Parameter(key)}"));
    }

    /// <summary>
    /// A filter on the entities related through <paramref name="relationship"/> (a fixed fragment of this class): some
    /// of them match it, or (<paramref name="negate"/>) none does. The related filter is compiled for its own type.
    /// </summary>
    private void Some(List<string> parts, EntityWhere? related, bool negate, bool applies, string v, string path, string field, EntityType relatedType, string relationship, int depth)
    {
        if (related is null)
        {
            return;
        }

        Require(applies, path, field);
        var other = $"wn{next.Value++}";
        var condition = new WhereCompiler(relatedType, parameters, catalog, next).Node(related, other, $"{path}.{field}", depth + 1);
        var exists = VisibleExists($"({v}){relationship}({other}:{GraphModel.Label(relatedType)})", condition);
        parts.Add(negate ? $"NOT {exists}" : exists);
    }

    /// <summary>
    /// <c>EXISTS</c> of <paramref name="pattern"/> meeting <paramref name="condition"/>, through only what the reader may
    /// see (the pattern is named as a path of its own, numbered so nested subqueries never share a name).
    /// </summary>
    private string VisibleExists(string pattern, string condition) => Visible.Exists($"wp{next.Value++}", pattern, condition);

    private string Group(IReadOnlyList<EntityWhere> items, string separator, string v, string path, int depth)
    {
        if (items.Count == 0)
        {
            return separator == " AND " ? "true" : "false";
        }

        return string.Join(separator, items.Select((item, i) => $"({Node(item, v, $"{path}[{i}]", depth + 1)})"));
    }

    /// <summary>The window a date filter describes (<c>eq</c> is a one-day window; with gte/lte the narrowest),
    /// compared with the stored date as the interval its precision stands for (<see cref="DateWindow"/>).</summary>
    private string Dates(string start, string? end, string precision, DateFilter filter, string path)
    {
        RequireBounds(filter.Eq, filter.Gte, filter.Lte, path, d => $"{d:yyyy-MM-dd}");
        var from = Max(filter.Eq, filter.Gte);
        var to = Min(filter.Eq, filter.Lte);
        if (from > to)
        {
            throw ApplicationErrors.InvalidArgument(path, $"eq ({filter.Eq:yyyy-MM-dd}) lies outside gte/lte");
        }

        return new DateWindow(from, to, filter.Match).ToCypher(start, end, precision, Parameter);
    }

    /// <summary>A range filter gives at least one bound, and its lower bound is not above its upper one.</summary>
    private static void RequireBounds<T>(T? eq, T? gte, T? lte, string path, Func<T, string> show)
        where T : struct, IComparable<T>
    {
        if (eq is null && gte is null && lte is null)
        {
            throw ApplicationErrors.InvalidArgument(path, "give at least one of eq, gte, lte");
        }

        if (gte is { } low && lte is { } high && low.CompareTo(high) > 0)
        {
            throw ApplicationErrors.InvalidArgument(path, $"gte ({show(low)}) is after lte ({show(high)})");
        }
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private string Parameter(object value)
    {
        var name = $"w{next.Value++}";
        parameters[name] = value;
        return "$" + name;
    }

    private static void RequireId(string key, string path, string field, params EntityType[] types)
    {
        if (GraphModel.TypeOfKey(key) is not { } actual || !types.Contains(actual))
        {
            throw ApplicationErrors.InvalidArgument($"{path}.{field}",
                $"'{key}' is not the id of {GraphModel.DescribeIds(types)}");
        }
    }

    private void Require(bool applies, string path, string field)
    {
        if (!applies)
        {
            throw NotApplicable(path, field);
        }
    }

    private ExplorerException NotApplicable(string path, string field) =>
        ApplicationErrors.InvalidArgument($"{path}.{field}", $"'{field}' does not apply to {Described} lists");

    private string Described => type?.ToString().ToLowerInvariant() ?? "entity";
}
