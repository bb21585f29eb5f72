using GraphExplorer.Application.Loading;

namespace GraphExplorer.Application.Importing;

/// <summary>
/// An import refused before anything ran: each mistake at its place, <c>mapping.yaml:line:column</c> for the mapping
/// file, <c>file.csv:row:column</c> for a cell (rows and columns from 1, the header is row 1).
/// </summary>
public sealed class ImportException(IReadOnlyList<LoadError> errors)
    : Exception($"{errors.Count} mistake(s) found; nothing was imported. First: {errors[0]}")
{
    public IReadOnlyList<LoadError> Errors { get; } = errors;
}
