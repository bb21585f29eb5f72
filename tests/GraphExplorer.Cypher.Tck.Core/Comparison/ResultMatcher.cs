using System.Text;
using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tck.Comparison;

/// <summary>
/// Compares a query result with an expected TCK result table.
/// Columns are matched by name (the set of names must be equal; their order is not checked, as a Cypher record is
/// keyed by name). Rows are compared in order, or else as a bag: every expected row must pair with a distinct actual
/// row, and no actual row may be left over.
/// </summary>
public static class ResultMatcher
{
    /// <summary>Null when the result matches; otherwise a description of the difference in TCK syntax.</summary>
    /// <param name="expectedRows">Each row already parsed with <see cref="TckValueParser"/>, one value per column.</param>
    public static string? Describe(
        IReadOnlyList<string> expectedColumns,
        IReadOnlyList<IReadOnlyList<object?>> expectedRows,
        QueryResult actual,
        bool ordered,
        bool ignoreListOrder)
    {
        var actualColumns = actual.Keys;
        if (expectedColumns.Count != actualColumns.Count
            || !expectedColumns.ToHashSet(StringComparer.Ordinal).SetEquals(actualColumns))
        {
            return $"columns differ: expected | {string.Join(" | ", expectedColumns)} |, got | {string.Join(" | ", actualColumns)} |"
                + Environment.NewLine + Table(expectedColumns, expectedRows, actual);
        }

        // Actual rows re-ordered into the expected column order.
        var actualRows = actual
            .Select(record => (IReadOnlyList<object?>)expectedColumns.Select(column => record[column]).ToList())
            .ToList();

        bool RowMatches(IReadOnlyList<object?> expected, IReadOnlyList<object?> row)
        {
            for (var i = 0; i < expected.Count; i++)
            {
                if (!ValueMatcher.Matches(expected[i], row[i], ignoreListOrder))
                {
                    return false;
                }
            }

            return true;
        }

        if (ordered)
        {
            if (expectedRows.Count == actualRows.Count
                && expectedRows.Select((row, i) => RowMatches(row, actualRows[i])).All(match => match))
            {
                return null;
            }

            var firstDifference = Enumerable.Range(0, Math.Min(expectedRows.Count, actualRows.Count))
                .FirstOrDefault(i => !RowMatches(expectedRows[i], actualRows[i]), Math.Min(expectedRows.Count, actualRows.Count));
            return $"rows differ (in order) from row {firstDifference + 1}: expected {expectedRows.Count} rows, got {actualRows.Count}"
                + Environment.NewLine + Table(expectedColumns, expectedRows, actual);
        }

        if (expectedRows.Count == actualRows.Count && BagMatching.IsPerfect(expectedRows, actualRows, RowMatches))
        {
            return null;
        }

        var missing = BagMatching.Unmatched(expectedRows, actualRows, RowMatches);
        var unexpected = BagMatching.Unmatched(actualRows, expectedRows, (a, e) => RowMatches(e, a));
        var text = new StringBuilder()
            .Append("rows differ (in any order): expected ").Append(expectedRows.Count).Append(" rows, got ").Append(actualRows.Count);
        foreach (var index in missing.Take(10))
        {
            text.AppendLine().Append("  missing:    ").Append(TckValueFormatter.FormatRow(expectedRows[index]));
        }

        foreach (var index in unexpected.Take(10))
        {
            text.AppendLine().Append("  unexpected: ").Append(TckValueFormatter.FormatRow(actualRows[index]));
        }

        return text.ToString();
    }

    private static string Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> expectedRows, QueryResult actual)
    {
        var text = new StringBuilder("  expected:").AppendLine()
            .Append("    | ").Append(string.Join(" | ", columns)).Append(" |");
        foreach (var row in expectedRows.Take(20))
        {
            text.AppendLine().Append("    ").Append(TckValueFormatter.FormatRow(row));
        }

        text.AppendLine().Append("  actual:").AppendLine()
            .Append("    | ").Append(string.Join(" | ", actual.Keys)).Append(" |");
        foreach (var record in actual.Take(20))
        {
            text.AppendLine().Append("    ").Append(TckValueFormatter.FormatRow(record.Values));
        }

        return text.ToString();
    }
}
