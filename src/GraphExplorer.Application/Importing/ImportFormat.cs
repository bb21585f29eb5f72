namespace GraphExplorer.Application.Importing;

/// <summary>The kind of data file a mapping reads: <c>csv:</c> or <c>json:</c> (cypher/README.md, "A spreadsheet").</summary>
public enum ImportFormat
{
    /// <summary>A spreadsheet: RFC 4180 CSV, UTF-8, a header row naming the columns.</summary>
    Csv,

    /// <summary>JSON: an array of objects, or one object per line (JSON Lines); nested fields named by a dotted path.</summary>
    Json,
}
