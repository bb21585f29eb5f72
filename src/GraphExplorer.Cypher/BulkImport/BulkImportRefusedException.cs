namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// A bulk import that wrote nothing: the target folder is not empty, a file or header cannot be read, an entry is bad
/// and not skippable, or more entries were skipped than tolerated. <see cref="Problems"/> lists the bad entries found
/// (at most <see cref="BulkImporter.MaxReportedProblems"/> of them).
/// </summary>
public sealed class BulkImportRefusedException(string message, IReadOnlyList<ImportProblem> problems) : Exception(message)
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}
