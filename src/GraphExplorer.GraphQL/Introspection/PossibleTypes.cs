using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Introspection;

/// <summary>
/// The schema's abstract types and the object types each may be, as Apollo Client's <c>possibleTypes</c> option takes
/// them (<c>{ "Entity": ["Agreement", "Event", …] }</c>): with it, its normalised cache matches fragments on interfaces
/// and unions instead of dropping their fields. Introspection's own types are left out. Names in ordinal order.
/// </summary>
public static class PossibleTypes
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(Schema schema) =>
        schema.Types
            .Where(t => t is InterfaceType or UnionType && !t.Name.StartsWith("__", StringComparison.Ordinal))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(t => t.Name, t => (IReadOnlyList<string>)[.. schema.GetPossibleTypes(t).Select(o => o.Name).Order(StringComparer.Ordinal)],
                StringComparer.Ordinal);
}
