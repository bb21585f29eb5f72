namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// One <c>--nodes</c> or <c>--relationships</c> group, as neo4j-admin takes it: the labels given to every node of the
/// group (or the relationship type of every relationship, at most one) and its CSV files. The header is the first
/// line of the first file; the later files hold data only (so a header can live in a file of its own).
/// </summary>
public sealed record ImportInput(IReadOnlyList<string> LabelsOrType, IReadOnlyList<string> Files)
{
    /// <summary>
    /// Parses neo4j-admin's form <c>[Label1:Label2=]file1,file2</c> (for relationships <c>[TYPE=]file1,…</c>).
    /// A path containing <c>=</c> needs the prefix form (<c>=path</c> with no labels).
    /// </summary>
    public static ImportInput Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var names = equals < 0 ? [] : text[..equals].Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var files = text[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (files.Length == 0)
        {
            throw new ArgumentException($"'{text}' names no CSV file.");
        }

        return new ImportInput(names, files);
    }
}
