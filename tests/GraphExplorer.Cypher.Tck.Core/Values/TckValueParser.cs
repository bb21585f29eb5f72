namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>
/// Parses the TCK's value literals (README, "Format of the expected results") as found in result tables and
/// parameter tables, after Gherkin has unescaped the table cell.
/// </summary>
/// <remarks>
/// Results use the value representation of <see cref="GraphExplorer.Database.CypherValues"/>: null, bool, long,
/// double, string, <see cref="List{T}"/> of values, <see cref="Dictionary{TKey,TValue}"/> from string to value; graph
/// elements become <see cref="ExpectedNode"/>, <see cref="ExpectedRelationship"/> and <see cref="ExpectedPath"/>.
/// Floats are literals with a '.' or an exponent, or NaN, Inf, -Inf; anything else made of digits is an integer.
/// Strings are single-quoted; inside them <c>\'</c> stands for a quote and <c>\\</c> for a backslash, and any other
/// backslash is kept as written. Stateless and thread-safe.
/// </remarks>
public static class TckValueParser
{
    /// <summary>Parses one literal; the whole text must be consumed.</summary>
    /// <exception cref="TckValueFormatException">The text is not a TCK value literal; the message gives the column.</exception>
    public static object? Parse(string text)
    {
        var reader = new TckValueReader(text);
        reader.SkipSpace();
        var value = reader.ReadValue();
        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            throw reader.Error("expected the end of the value");
        }

        return value;
    }

    /// <summary>
    /// Parses a parameter value: like <see cref="Parse"/> but graph elements are refused, since a query
    /// cannot receive a node, relationship or path that does not come from the graph.
    /// </summary>
    public static object? ParseParameter(string text)
    {
        var value = Parse(text);
        RefuseGraphElements(value, text);
        return value;
    }

    private static void RefuseGraphElements(object? value, string text)
    {
        switch (value)
        {
            case ExpectedNode or ExpectedRelationship or ExpectedPath:
                throw new TckValueFormatException($"'{text}': a parameter cannot be a node, relationship or path.");
            case List<object?> list:
                list.ForEach(item => RefuseGraphElements(item, text));
                break;
            case Dictionary<string, object?> map:
                foreach (var item in map.Values)
                {
                    RefuseGraphElements(item, text);
                }

                break;
        }
    }
}
