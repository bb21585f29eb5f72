using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Values;

/// <summary>
/// The types a property type constraint may require (Neo4j 5 Cypher manual, "Constraints" → "Property type
/// constraints"): BOOLEAN, STRING, INTEGER, FLOAT, DATE, LOCAL TIME, ZONED TIME, LOCAL DATETIME, ZONED DATETIME,
/// DURATION, POINT, <c>LIST&lt;T NOT NULL&gt;</c> of one of those, and unions of them, written in the canonical text
/// <c>STRING | LIST&lt;INTEGER NOT NULL&gt;</c> that the constraint keeps (and the journal stores).
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static class PropertyTypes
{
    /// <summary>The scalar property type names, in Neo4j's order.</summary>
    public static readonly IReadOnlyList<string> ScalarNames =
    [
        "BOOLEAN", "STRING", "INTEGER", "FLOAT", "DATE", "LOCAL TIME", "ZONED TIME", "LOCAL DATETIME", "ZONED DATETIME", "DURATION", "POINT",
    ];

    /// <summary>The property type of a stored value, e.g. <c>INTEGER</c> or <c>LIST&lt;STRING NOT NULL&gt;</c>.</summary>
    public static string NameOf(object value) => value switch
    {
        IReadOnlyList<object?> list => $"LIST<{(list.Count > 0 && list[0] is { } first ? ScalarNameOf(first) : "NOTHING")} NOT NULL>",
        _ => ScalarNameOf(value),
    };

    /// <summary>Whether a non-null stored value is of the canonical type text (a union of members separated by " | ").</summary>
    public static bool Matches(object value, string canonicalType)
    {
        foreach (var member in canonicalType.Split(" | "))
        {
            if (member.StartsWith("LIST<", StringComparison.Ordinal))
            {
                var element = member["LIST<".Length..^" NOT NULL>".Length];
                if (value is IReadOnlyList<object?> list && list.All(item => item is not null && ScalarNameOf(item) == element))
                {
                    return true;
                }
            }
            else if (value is not IReadOnlyList<object?> && ScalarNameOf(value) == member)
            {
                return true;
            }
        }

        return false;
    }

    private static string ScalarNameOf(object value) => value switch
    {
        bool => "BOOLEAN",
        string => "STRING",
        long => "INTEGER",
        double => "FLOAT",
        CypherDate => "DATE",
        CypherLocalTime => "LOCAL TIME",
        CypherTime => "ZONED TIME",
        CypherLocalDateTime => "LOCAL DATETIME",
        CypherDateTime => "ZONED DATETIME",
        CypherDuration => "DURATION",
        _ => CypherValues.TypeName(value).ToUpperInvariant(),
    };
}
