using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// Where an item stands relative to a cursor's sort key, as a Cypher predicate that follows the list's ORDER BY
/// exactly: keys compared in turn, the first that differs deciding; ascending keys put nulls last and descending keys
/// nulls first (Cypher's order); the id, last and ascending, makes the order total, so equal keys mean the same item.
/// A predicate is null (not false) where a value of another type cannot be compared; callers only test it in WHERE or
/// CASE WHEN, which treat null as false.
/// </summary>
internal static class KeysetPredicate
{
    /// <summary>
    /// The predicate "the item sorts before the cursor's" (<paramref name="orEqual"/>: "before, or is it").
    /// </summary>
    /// <param name="item">The item's sort values as Cypher expressions, in ORDER BY order.</param>
    /// <param name="descending">Each key's direction.</param>
    /// <param name="cursor">The cursor's values (as <see cref="SortKeyValues"/> reads them), one per key.</param>
    /// <param name="parameter">Adds a value to the query's parameters and returns its <c>$name</c>.</param>
    public static string SortsBefore(IReadOnlyList<string> item, IReadOnlyList<bool> descending, IReadOnlyList<object?> cursor, bool orEqual,
        Func<object, string> parameter)
    {
        var predicate = orEqual ? "true" : "false";
        for (var i = item.Count - 1; i >= 0; i--)
        {
            var (before, equal) = Compare(item[i], descending[i], cursor[i], parameter);
            predicate = predicate == "false" ? before : $"({before} OR ({equal} AND {predicate}))";
        }

        return predicate;
    }

    /// <summary>"Sorts before" and "sorts level with" for one key, specialised on whether the cursor's value is null.</summary>
    private static (string Before, string Equal) Compare(string item, bool descending, object? value, Func<object, string> parameter)
    {
        if (value is null)
        {
            // Ascending: every non-null value comes before null. Descending: null comes first, nothing before it.
            return (descending ? "false" : $"{item} IS NOT NULL", $"{item} IS NULL");
        }

        var literal = value is CypherDate date ? $"date({parameter(date.ToString())})" : parameter(value);
        return descending
            ? ($"({item} IS NULL OR {item} > {literal})", $"{item} = {literal}")
            : ($"{item} < {literal}", $"{item} = {literal}");
    }
}
