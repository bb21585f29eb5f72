namespace GraphExplorer.Application.Loading;

/// <summary>A script would overwrite stewards' API edits (<see cref="StewardEdits"/>); nothing of it was applied.</summary>
internal sealed class StewardEditConflictException(string script, IReadOnlyList<string> overwritten)
    : Exception(
        $"{script} would overwrite {overwritten.Count} steward edit(s) made through the API: {string.Join("; ", overwritten.Take(5))}" +
        (overwritten.Count > 5 ? $"; and {overwritten.Count - 5} more" : "") +
        ". Nothing of it was applied. Carry the corrections into the script, or re-run with --overwrite-steward-edits to let the script win.")
{
    public IReadOnlyList<string> Overwritten => overwritten;
}
