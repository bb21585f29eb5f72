using System.Globalization;
using GraphExplorer.Application.Domain;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// Reads a where filter given as GraphQL input values (maps of field name to value, as a GraphQL engine hands over
/// <c>OrganizationWhere</c>, <c>AgreementWhere</c>, …) into an <see cref="EntityWhere"/>. Enum values are the API's
/// upper-case names (<c>GOVERNMENT_AGENCY</c>) and become the stored lower-case kinds; dates are ISO strings or dates.
/// Every error names the path of the field (<c>where.OR[0].kind_in[1]</c>) and what was expected.
/// </summary>
public static class WhereInput
{
    public static EntityWhere? Read(object? input, string path = "where") => input switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => ReadMap(map, path),
        _ => throw ApplicationErrors.InvalidArgument(path, $"expected an input object, got {Describe(input)}"),
    };

    private static EntityWhere ReadMap(IReadOnlyDictionary<string, object?> map, string path)
    {
        var where = new EntityWhere();
        foreach (var (field, value) in map)
        {
            var at = $"{path}.{field}";
            if (value is null)
            {
                continue;
            }

            where = field switch
            {
                "AND" => where with { And = List(value, at).Select((v, i) => ReadMap(Map(v, $"{at}[{i}]"), $"{at}[{i}]")).ToList() },
                "OR" => where with { Or = List(value, at).Select((v, i) => ReadMap(Map(v, $"{at}[{i}]"), $"{at}[{i}]")).ToList() },
                "NOT" => where with { Not = ReadMap(Map(value, at), at) },
                "text" => where with { Text = Text(value, at) },
                "kind_in" => where with { KindIn = List(value, at).Select((v, i) => Kind(v, $"{at}[{i}]")).ToList() },
                "sector" => where with { Sector = Text(value, at) },
                "country" => where with { Country = Text(value, at) },
                "partyTo" => where with { PartyTo = Text(value, at) },
                "party" => where with { Party = Text(value, at) },
                "signedDate" => where with { SignedDate = Dates(value, at) },
                "place" => where with { Place = Text(value, at) },
                "participant" => where with { Participant = Text(value, at) },
                "parties_SOME" => where with { PartiesSome = ReadMap(Map(value, at), at) },
                "parties_NONE" => where with { PartiesNone = ReadMap(Map(value, at), at) },
                "agreements_SOME" => where with { AgreementsSome = ReadMap(Map(value, at), at) },
                "agreements_NONE" => where with { AgreementsNone = ReadMap(Map(value, at), at) },
                "organizer" => where with { Organizer = Text(value, at) },
                "date" => where with { Date = Dates(value, at) },
                "organization" => where with { Organization = Text(value, at) },
                "about" => where with { About = Text(value, at) },
                "source" => where with { Source = Text(value, at) },
                // Every other field is one the schema generates (FilterCatalog): the compiler reads it with the list's type.
                _ when FilterCatalog.Explorer.IsFieldOfSomeType(field) => where with { Fields = [.. where.Fields, new FieldCondition(field, Map(value, at), at)] },
                _ => throw ApplicationErrors.InvalidArgument(at, $"unknown field '{field}'"),
            };
        }

        return where;
    }

    private static DateFilter Dates(object value, string path)
    {
        var map = Map(value, path);
        var match = map.TryGetValue("match", out var given) && given is not null ? DateMatchValue(given, $"{path}.match") : DateMatch.Overlap;
        var (eq, gte, lte) = Bounds(map.Where(field => field.Key != "match").ToDictionary(), path, Date, "eq, gte, lte, match");
        return new DateFilter(eq, gte, lte, match);
    }

    /// <summary>The eq, gte and lte bounds of a DateFilter, each read by <paramref name="read"/>.</summary>
    private static (T? Eq, T? Gte, T? Lte) Bounds<T>(object value, string path, Func<object, string, T> read, string expected)
        where T : struct
    {
        (T? Eq, T? Gte, T? Lte) bounds = default;
        foreach (var (field, item) in Map(value, path))
        {
            var at = $"{path}.{field}";
            var bound = item is null ? (T?)null : read(item, at);
            bounds = field switch
            {
                "eq" => bounds with { Eq = bound },
                "gte" => bounds with { Gte = bound },
                "lte" => bounds with { Lte = bound },
                _ => throw ApplicationErrors.InvalidArgument(at, $"unknown field '{field}' (expected {expected})"),
            };
        }

        return bounds;
    }

    private static DateOnly? OptionalDate(object? value, string path) => value is null ? null : Date(value, path);

    /// <summary>The DateMatch enum value (OVERLAP, WITHIN) as the domain's <see cref="DateMatch"/>.</summary>
    public static DateMatch DateMatchValue(object value, string path) => value switch
    {
        "OVERLAP" => DateMatch.Overlap,
        "WITHIN" => DateMatch.Within,
        _ => throw ApplicationErrors.InvalidArgument(path, $"expected OVERLAP or WITHIN, got {Describe(value)}"),
    };

    internal static DateOnly Date(object value, string path) => value switch
    {
        DateOnly date => date,
        CypherDate date => date.Value,
        string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => throw ApplicationErrors.InvalidArgument(path, $"expected a date like 2024-06-11, got {Describe(value)}"),
    };

    /// <summary>An enum kind as the stored kind; OTHER (the API's value for kinds it does not know) names none.</summary>
    private static string Kind(object? value, string path) =>
        Text(value, path) is var kind && kind == OtherKind
            ? throw ApplicationErrors.InvalidArgument(path, "OTHER stands for kinds the API does not know and cannot be used as a filter; name the kinds instead")
            : kind.ToLowerInvariant();

    private const string OtherKind = "OTHER";

    private static string Text(object? value, string path) =>
        value as string ?? throw ApplicationErrors.InvalidArgument(path, $"expected a string, got {Describe(value)}");

    private static IReadOnlyDictionary<string, object?> Map(object? value, string path) =>
        value as IReadOnlyDictionary<string, object?> ?? throw ApplicationErrors.InvalidArgument(path, $"expected an input object, got {Describe(value)}");

    internal static List<object?> List(object value, string path) => value switch
    {
        string => throw ApplicationErrors.InvalidArgument(path, $"expected a list, got {Describe(value)}"),
        IReadOnlyDictionary<string, object?> => throw ApplicationErrors.InvalidArgument(path, "expected a list, got an input object"),
        IEnumerable<object?> list => list.ToList(),
        _ => throw ApplicationErrors.InvalidArgument(path, $"expected a list, got {Describe(value)}"),
    };

    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"the string \"{s}\"",
        _ => $"a {GraphExplorer.Database.CypherValues.TypeName(value)}",
    };
}
