namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// What a bulk import wrote: counts, the entries it skipped (at most the bad tolerance, each with file and line), and
/// the wall-clock time from the first CSV byte read to the snapshot being durable.
/// </summary>
public sealed record BulkImportReport(long Nodes, long Relationships, long Properties, IReadOnlyList<ImportProblem> Skipped, TimeSpan Elapsed)
{
    public double RelationshipsPerSecond => Elapsed > TimeSpan.Zero ? Relationships / Elapsed.TotalSeconds : 0;

    public double EntitiesPerSecond => Elapsed > TimeSpan.Zero ? (Nodes + Relationships) / Elapsed.TotalSeconds : 0;
}
