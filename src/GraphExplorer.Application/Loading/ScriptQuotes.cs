using GraphExplorer.Application.Quality;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// The quotes a script gives that do not occur in their source's text, located in the script. Run inside the script's
/// transaction once its queries ran and the articles were attached (<see cref="SourceTexts"/>), so every quote is checked
/// against the source as the script leaves it (<see cref="CitationQuotes"/>). A quote the graph holds is the script's
/// when the script has it as a string literal (<c>'…'</c> or <c>"…"</c>, escapes as Cypher writes them); it is reported
/// at that literal's <c>file:line:column</c>, once per source and quote. Quotes the graph held before that this script
/// does not repeat are <c>validate</c>'s to report; a quote the script builds from pieces is not located, so not reported.
/// </summary>
/// <remarks>The script is read once more, a statement at a time, only when some quote fails or cannot be checked
/// (<see cref="ScriptLocations"/>).</remarks>
internal static class ScriptQuotes
{
    /// <summary>Misquotes (errors unless allowed) and quotes whose source has no text yet (warnings), as located errors.</summary>
    public sealed record Findings(IReadOnlyList<LoadError> Misquotes, IReadOnlyList<LoadError> Unchecked);

    public static async Task<Findings> CheckAsync(IGraphTransaction transaction, ScriptFile script, CancellationToken cancellationToken)
    {
        var graph = await CitationQuotes.CheckAsync(cypher => transaction.RunAsync(cypher, null, cancellationToken));
        if (graph.Misquotes.Count == 0 && graph.Unchecked.Count == 0)
        {
            return new Findings([], []);
        }

        var misquotes = graph.Misquotes
            .DistinctBy(m => (m.Citation.Source, m.Citation.Quote))
            .Select(m => new ScriptLocations.Problem($"misquote: {m.Describe()} (cited for {m.Citation.Target})", ScriptLocations.Literals(m.Citation.Quote)));
        var uncheckable = graph.Unchecked
            .DistinctBy(q => (q.Source, q.Quote))
            .Select(q => new ScriptLocations.Problem(
                $"quote not checked: {q.Source} has no text yet («{q.Quote}», cited for {q.Target})", ScriptLocations.Literals(q.Quote)));
        return new Findings(
            ScriptLocations.Place(script, [.. misquotes], keepUnplaced: false),
            ScriptLocations.Place(script, [.. uncheckable], keepUnplaced: false));
    }
}
