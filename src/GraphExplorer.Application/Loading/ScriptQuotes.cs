using GraphExplorer.Application.Quality;
using GraphExplorer.Cypher.Syntax;
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
/// <remarks>The script is read once more, a statement at a time, only when some quote fails or cannot be checked.</remarks>
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
            .Select(m => (m.Citation.Quote, Message: $"misquote: {m.Describe()} (cited for {m.Citation.Target})"));
        var uncheckable = graph.Unchecked
            .DistinctBy(q => (q.Source, q.Quote))
            .Select(q => (q.Quote, Message: $"quote not checked: {q.Source} has no text yet («{q.Quote}», cited for {q.Target})"));
        return new Findings(Locate(script, misquotes.ToList()), Locate(script, uncheckable.ToList()));
    }

    /// <summary>Each quote's first string literal in the script, in file order; quotes the script does not give are dropped.</summary>
    private static List<LoadError> Locate(ScriptFile script, List<(string Quote, string Message)> quotes)
    {
        var found = new List<(int Line, int Column, string Message)>();
        if (quotes.Count == 0)
        {
            return [];
        }

        var pending = quotes.Select(q => (q.Message, Literals: Literals(q.Quote))).ToList();
        using var reader = script.OpenText();
        foreach (var statement in ScriptSplitter.Split(reader))
        {
            for (var i = pending.Count - 1; i >= 0; i--)
            {
                var at = pending[i].Literals
                    .Select(literal => statement.Text.IndexOf(literal, StringComparison.Ordinal))
                    .Where(index => index >= 0)
                    .DefaultIfEmpty(-1)
                    .Min();
                if (at < 0)
                {
                    continue;
                }

                var before = statement.Text.AsSpan(0, at);
                var line = before.Count('\n') + 1;
                var column = at - before.LastIndexOf('\n');
                var (scriptLine, scriptColumn) = statement.InScript(line, column);
                found.Add((scriptLine, scriptColumn, pending[i].Message));
                pending.RemoveAt(i);
            }

            if (pending.Count == 0)
            {
                break;
            }
        }

        return [.. found.OrderBy(f => f.Line).ThenBy(f => f.Column).Select(f => new LoadError(script.Path, f.Line, f.Column, f.Message))];
    }

    /// <summary>
    /// The quote as a single- and as a double-quoted Cypher string literal, delimiters included; the other quote mark
    /// either plain or escaped (both are valid Cypher, e.g. <c>"l'agence"</c> and <c>"l\'agence"</c>).
    /// </summary>
    private static string[] Literals(string quote)
    {
        var escaped = quote.Replace("\\", "\\\\", StringComparison.Ordinal);
        var single = escaped.Replace("'", "\\'", StringComparison.Ordinal);
        var both = single.Replace("\"", "\\\"", StringComparison.Ordinal);
        return ["'" + single + "'", "'" + both + "'", "\"" + escaped.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"", "\"" + both + "\""];
    }
}
