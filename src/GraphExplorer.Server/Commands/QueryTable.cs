using GraphExplorer.Application.Export;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Server.Commands;

/// <summary>
/// A query's rows as a text table for the terminal: a header of the columns, a rule, one line per row, then the count.
/// A text cell is printed as it is; a node as <c>(:Label {key: '…'})</c> (its key, else its name), a relationship as
/// <c>[:TYPE]</c>, other values as Cypher literals. A cell wider than <see cref="WidestCell"/> characters is cut with
/// "…": <c>--json</c> has every value whole.
/// </summary>
internal static class QueryTable
{
    public const int WidestCell = 60;

    public static void Write(QueryResult result, TextWriter output)
    {
        var rows = result.Select(record => record.Values.Select(v => Cut(Cell(v))).ToList()).ToList();
        var widths = result.Keys.Select((key, i) => rows.Select(r => r[i].Length).Append(key.Length).Max()).ToList();
        output.WriteLine(Line(result.Keys, widths));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }

        output.WriteLine(rows.Count == 1 ? "1 row" : $"{rows.Count} rows");
    }

    private static string Line(IEnumerable<string> cells, List<int> widths) =>
        string.Join(" | ", cells.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd();

    private static string Cut(string cell)
    {
        var flat = cell.ReplaceLineEndings(" ");
        return flat.Length <= WidestCell ? flat : flat[..(WidestCell - 1)] + "…";
    }

    private static string Cell(object? value) => value switch
    {
        string text => text,
        _ => Literal(value),
    };

    private static string Literal(object? value) => value switch
    {
        string text => CypherLiteral.Write(text),
        CypherNode node => $"({string.Concat(node.Labels.Select(l => ":" + CypherLiteral.Name(l)))}" +
            (node.Properties.GetValueOrDefault("key") is string key ? $" {{key: {CypherLiteral.Write(key)}}})"
                : node.Properties.GetValueOrDefault("name") is string name ? $" {{name: {CypherLiteral.Write(name)}}})" : ")"),
        CypherRelationship relationship => $"[:{CypherLiteral.Name(relationship.Type)}]",
        CypherPath path => string.Concat(path.Nodes.Select((n, i) => (i == 0 ? "" : $"-{Literal(path.Relationships[i - 1])}-") + Literal(n))),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => $"{CypherLiteral.Name(p.Key)}: {Literal(p.Value)}")) + "}",
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Literal)) + "]",
        _ => CypherLiteral.Write(value),
    };
}
