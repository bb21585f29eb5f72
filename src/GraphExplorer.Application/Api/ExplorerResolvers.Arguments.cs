using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Listing;
using GraphExplorer.Database.Values;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Reading coerced GraphQL arguments (the engine gives maps, lists, strings, ints and DateOnly) into service inputs.</summary>
internal sealed partial class ExplorerResolvers
{
    private static string RequiredString(IResolveContext context, string name) =>
        context.Arguments.GetValueOrDefault(name) as string ?? throw new InvalidOperationException($"Argument '{name}' is required by the schema.");

    private static string? OptionalString(IReadOnlyDictionary<string, object?> map, string name) => map.GetValueOrDefault(name) as string;

    private static int IntArgument(IResolveContext context, string name, int fallback) =>
        context.Arguments.GetValueOrDefault(name) switch
        {
            int i => i,
            long l => checked((int)l),
            _ => fallback,
        };

    private static IReadOnlyDictionary<string, object?>? Map(object? value) => value as IReadOnlyDictionary<string, object?>;

    private static IReadOnlyList<string>? Strings(object? value) => value is not string and IEnumerable<object?> list ? [.. list.OfType<string>()] : null;

    private static DateOnly? DateArgument(object? value) => value is DateOnly d ? d : null;

    /// <summary>A stored date (Cypher <c>date</c>) as the Date scalar's CLR value.</summary>
    internal static DateOnly? AsDate(object? value) => value switch
    {
        CypherDate d => d.Value,
        DateOnly d => d,
        _ => null,
    };

    /// <summary>The GraphFilter input, validated by the services that take it.</summary>
    private static GraphFilter? Filter(IResolveContext context, string name = "filter")
    {
        if (Map(context.Arguments.GetValueOrDefault(name)) is not { } map)
        {
            return null;
        }

        return new GraphFilter(
            Strings(map.GetValueOrDefault("entityTypes"))?.Select(KindMaps.ParseEntityType).ToList(),
            Strings(map.GetValueOrDefault("agreementKinds"))?.Select(k => KindMaps.Agreement.ToStored(k, $"{name}.agreementKinds")).ToList(),
            Strings(map.GetValueOrDefault("sectors")),
            Strings(map.GetValueOrDefault("countries")),
            DateArgument(map.GetValueOrDefault("from")),
            DateArgument(map.GetValueOrDefault("to")));
    }

    /// <summary>An OrganizationWhere/AgreementWhere/EventWhere/PersonWhere input as an <see cref="EntityWhere"/>.</summary>
    private static EntityWhere? Where(object? value, KindMap? kinds, string path)
    {
        if (Map(value) is not { } map)
        {
            return null;
        }

        return new EntityWhere
        {
            And = List(map.GetValueOrDefault("AND"), kinds, $"{path}.AND"),
            Or = List(map.GetValueOrDefault("OR"), kinds, $"{path}.OR"),
            Not = Where(map.GetValueOrDefault("NOT"), kinds, $"{path}.NOT"),
            Text = OptionalString(map, "text"),
            KindIn = Strings(map.GetValueOrDefault("kind_in")) is { } enumValues && kinds is not null
                ? [.. enumValues.Select(v => kinds.ToStored(v, $"{path}.kind_in"))]
                : null,
            Sector = OptionalString(map, "sector"),
            Country = OptionalString(map, "country"),
            PartyTo = OptionalString(map, "partyTo"),
            Party = OptionalString(map, "party"),
            SignedDate = Dates(map.GetValueOrDefault("signedDate")),
            Place = OptionalString(map, "place"),
            Participant = OptionalString(map, "participant"),
            Organizer = OptionalString(map, "organizer"),
            PartiesSome = Where(map.GetValueOrDefault("parties_SOME"), KindMaps.Organization, $"{path}.parties_SOME"),
            PartiesNone = Where(map.GetValueOrDefault("parties_NONE"), KindMaps.Organization, $"{path}.parties_NONE"),
            AgreementsSome = Where(map.GetValueOrDefault("agreements_SOME"), KindMaps.Agreement, $"{path}.agreements_SOME"),
            AgreementsNone = Where(map.GetValueOrDefault("agreements_NONE"), KindMaps.Agreement, $"{path}.agreements_NONE"),
            Date = Dates(map.GetValueOrDefault("date")),
            Organization = OptionalString(map, "organization"),
        };

        static IReadOnlyList<EntityWhere>? List(object? items, KindMap? kinds, string path) =>
            items is IEnumerable<object?> list ? [.. list.Select((item, i) => Where(item, kinds, $"{path}[{i}]")!)] : null;

        static DateFilter? Dates(object? value) =>
            Map(value) is { } dates
                ? new DateFilter(DateArgument(dates.GetValueOrDefault("eq")), DateArgument(dates.GetValueOrDefault("gte")), DateArgument(dates.GetValueOrDefault("lte")))
                : null;
    }

    private static IReadOnlyList<SortOrder>? OrderBy(IResolveContext context) =>
        context.Arguments.GetValueOrDefault("orderBy") is IEnumerable<object?> items
            ? [.. items.Select(Map).OfType<IReadOnlyDictionary<string, object?>>()
                .Select(o => new SortOrder((string)o["field"]!, o.GetValueOrDefault("direction") as string == "DESC"))]
            : null;
}
