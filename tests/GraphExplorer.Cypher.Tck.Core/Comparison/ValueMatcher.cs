using System.Collections;
using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tck.Comparison;

/// <summary>
/// Decides whether an actual Cypher value (as <see cref="GraphExplorer.Database.CypherValues"/> describes them)
/// matches a value parsed by <see cref="TckValueParser"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Types must agree: an Integer never matches a Float literal (<c>1</c> vs <c>1.0</c>), as in the TCK.</item>
/// <item>Floats match when they are the same double: the TCK prints a float as Java's shortest round-trip decimal,
/// which parses back to exactly that double, so equality of the parsed double is exact equality of the printed
/// form. NaN matches NaN; 0.0 matches -0.0 (they compare equal in Cypher).</item>
/// <item>Temporal values match a string literal holding their canonical text (<see cref="TemporalText"/>): the TCK
/// writes expected temporal values as strings.</item>
/// <item>Nodes and relationships match structurally (labels as a set, type, properties), never by id; a path matches
/// node by node and relationship by relationship, including each relationship's direction.</item>
/// <item>Lists match in order, or as bags at every depth when <c>ignoreListOrder</c> is set.</item>
/// </list>
/// Stateless and thread-safe.
/// </remarks>
public static class ValueMatcher
{
    public static bool Matches(object? expected, object? actual, bool ignoreListOrder = false) => expected switch
    {
        null => actual is null,
        bool b => actual is bool a && a == b,
        long l => actual is long a ? a == l : actual is int i && i == l,
        double d => actual is double a && (a == d || (double.IsNaN(a) && double.IsNaN(d))),
        string s => actual is string a ? a == s : TemporalText.Format(actual) == s,
        ExpectedNode node => actual is CypherNode a && NodeMatches(node, a, ignoreListOrder),
        ExpectedRelationship relationship => actual is CypherRelationship a && RelationshipMatches(relationship, a, ignoreListOrder),
        ExpectedPath path => actual is CypherPath a && PathMatches(path, a, ignoreListOrder),
        IReadOnlyDictionary<string, object?> map => AsMap(actual) is { } a && MapMatches(map, a, ignoreListOrder),
        IReadOnlyList<object?> list => AsList(actual) is { } a && ListMatches(list, a, ignoreListOrder),
        _ => throw new ArgumentException($"Not an expected TCK value: {expected.GetType().Name}.", nameof(expected)),
    };

    /// <summary>An actual value seen as a Cypher map, or null when it is not one.</summary>
    internal static IReadOnlyDictionary<string, object?>? AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary dictionary => dictionary.Cast<DictionaryEntry>()
            .ToDictionary(e => e.Key as string ?? string.Empty, e => e.Value, StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>An actual value seen as a Cypher list, or null when it is not one (strings and maps are not lists).</summary>
    internal static IReadOnlyList<object?>? AsList(object? value) => value switch
    {
        string or IDictionary or IReadOnlyDictionary<string, object?> => null,
        IReadOnlyList<object?> list => list,
        IEnumerable enumerable => enumerable.Cast<object?>().ToList(),
        _ => null,
    };

    private static bool NodeMatches(ExpectedNode expected, CypherNode actual, bool ignoreListOrder) =>
        expected.Labels.Count == actual.Labels.Count
        && expected.Labels.ToHashSet(StringComparer.Ordinal).SetEquals(actual.Labels)
        && MapMatches(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool RelationshipMatches(ExpectedRelationship expected, CypherRelationship actual, bool ignoreListOrder) =>
        expected.Type == actual.Type && MapMatches(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool PathMatches(ExpectedPath expected, CypherPath actual, bool ignoreListOrder)
    {
        if (actual.Relationships.Count != expected.Hops.Count || actual.Nodes.Count != expected.Hops.Count + 1
            || !NodeMatches(expected.Start, actual.Nodes[0], ignoreListOrder))
        {
            return false;
        }

        for (var i = 0; i < expected.Hops.Count; i++)
        {
            var hop = expected.Hops[i];
            var relationship = actual.Relationships[i];
            var from = actual.Nodes[i].ElementId;
            var to = actual.Nodes[i + 1].ElementId;
            var directionMatches = hop.Forward
                ? relationship.StartElementId == from && relationship.EndElementId == to
                : relationship.StartElementId == to && relationship.EndElementId == from;
            if (!directionMatches
                || !RelationshipMatches(hop.Relationship, relationship, ignoreListOrder)
                || !NodeMatches(hop.Node, actual.Nodes[i + 1], ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MapMatches(
        IReadOnlyDictionary<string, object?> expected,
        IReadOnlyDictionary<string, object?> actual,
        bool ignoreListOrder)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        foreach (var (key, value) in expected)
        {
            if (!actual.TryGetValue(key, out var actualValue) || !Matches(value, actualValue, ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ListMatches(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual, bool ignoreListOrder)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        if (ignoreListOrder)
        {
            return BagMatching.IsPerfect(expected, actual, (e, a) => Matches(e, a, ignoreListOrder: true));
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!Matches(expected[i], actual[i], ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }
}
