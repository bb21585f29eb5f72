using System.Globalization;

namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// The bad entries of one import: errors, which refuse the import (reading goes on to report up to
/// <see cref="BulkImporter.MaxReportedProblems"/> of them, then stops), and entries the options let it leave out,
/// which refuse it only beyond <see cref="BulkImportOptions.BadTolerance"/>. Not thread-safe: one per import.
/// </summary>
internal sealed class ImportProblems(long badTolerance)
{
    private readonly List<ImportProblem> errors = [];
    private readonly List<ImportProblem> skipped = [];

    public int ErrorCount => errors.Count;

    public IReadOnlyList<ImportProblem> Skipped => skipped;

    /// <summary>Reports a bad entry: left out if <paramref name="skippable"/>, an error otherwise.</summary>
    public void Report(ImportProblem problem, bool skippable)
    {
        if (skippable)
        {
            Skip(problem);
        }
        else
        {
            Error(problem);
        }
    }

    /// <exception cref="BulkImportRefusedException">This is the <see cref="BulkImporter.MaxReportedProblems"/>th error.</exception>
    public void Error(ImportProblem problem)
    {
        errors.Add(problem);
        if (errors.Count >= BulkImporter.MaxReportedProblems)
        {
            throw Refusal();
        }
    }

    /// <summary>Throws the refusal if any error was reported.</summary>
    public void ThrowIfAnyError()
    {
        if (errors.Count > 0)
        {
            throw Refusal();
        }
    }

    private void Skip(ImportProblem problem)
    {
        skipped.Add(problem);
        if (skipped.Count > badTolerance)
        {
            throw new BulkImportRefusedException(
                $"More than {badTolerance:N0} bad entries (--bad-tolerance); nothing was imported.", skipped.Take(BulkImporter.MaxReportedProblems).ToList());
        }
    }

    private BulkImportRefusedException Refusal() => new(
        $"{(errors.Count >= BulkImporter.MaxReportedProblems ? $"{BulkImporter.MaxReportedProblems} or more" : errors.Count.ToString(CultureInfo.InvariantCulture))} bad entr{(errors.Count == 1 ? "y" : "ies")}; nothing was imported.",
        errors);
}
