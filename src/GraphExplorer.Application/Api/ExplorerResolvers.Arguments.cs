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
            DateArgument(map.GetValueOrDefault("to")),
            map.GetValueOrDefault("dateMatch") is { } match ? WhereInput.DateMatchValue(match, $"{name}.dateMatch") : DateMatch.Overlap,
            AsOf: DateArgument(map.GetValueOrDefault("asOf")),
            MinSources: map.GetValueOrDefault("minSources") switch { int i => i, long l => checked((int)l), _ => null },
            StatedOnly: map.GetValueOrDefault("statedOnly") is true);
    }

    /// <summary>
    /// The network a typed list or search is asked within: its <c>asOf</c>, <c>minSources</c> and <c>statedOnly</c>
    /// arguments, which mean what they mean in a <c>GraphFilter</c> (<see cref="GraphFilter.ToEntityCypher"/>); null without any.
    /// </summary>
    private static GraphFilter? Network(IResolveContext context)
    {
        var asOf = DateArgument(context.Arguments.GetValueOrDefault("asOf"));
        int? minSources = context.Arguments.GetValueOrDefault("minSources") switch { int i => i, long l => checked((int)l), _ => null };
        var statedOnly = context.Arguments.GetValueOrDefault("statedOnly") is true;
        return asOf is null && minSources is null && !statedOnly ? null : new GraphFilter(AsOf: asOf, MinSources: minSources, StatedOnly: statedOnly);
    }

    private static IReadOnlyList<SortOrder>? OrderBy(IResolveContext context) =>
        context.Arguments.GetValueOrDefault("orderBy") is IEnumerable<object?> items
            ? [.. items.Select(Map).OfType<IReadOnlyDictionary<string, object?>>()
                .Select(o => new SortOrder((string)o["field"]!, o.GetValueOrDefault("direction") as string == "DESC"))]
            : null;
}
