using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Quality;

/// <summary>A quote as the graph holds it: what it is cited for, the source it names, and the quoted text.</summary>
/// <param name="Target">The node's <c>key|CITED_IN|source</c>, or <c>start|TYPE|end</c> for a relationship's <c>quotes</c> entry.</param>
public sealed record CitedQuote(string Target, string Source, string Quote);

/// <summary>
/// A quote that does not occur in its source's text, with the passage of that text closest to it (a hint), or, when it
/// is two passages of the text put end to end, those two passages (<see cref="QuoteText.Stitched"/>).
/// </summary>
public sealed record Misquote(CitedQuote Citation, string? ClosestPassage, (string First, string Second)? Stitched = null)
{
    /// <summary>What is wrong, for a report: the quote, the source, and the two passages it joins or the closest passage.</summary>
    public string Describe() =>
        Stitched is { } pieces
            ? $"«{Citation.Quote}» does not occur in the text of {Citation.Source}: it is stitched from two passages that are not " +
              $"adjacent there, «{pieces.First}» and «{pieces.Second}» (quote each passage in a citation of its own)"
            : $"«{Citation.Quote}» does not occur in the text of {Citation.Source}" +
              (ClosestPassage is null ? "" : $"; closest passage: «{ClosestPassage}»");
}

/// <summary>
/// Checks every quote of the graph against the text of the source it cites (<see cref="QuoteText"/>: verbatim, whitespace
/// runs and typographic quote marks aside): each <c>CITED_IN</c>'s <c>quote</c> and each entry of a relationship's
/// <c>quotes</c> (parallel to its <c>sources</c>). A quote whose source has no <c>text</c> yet cannot be checked and is
/// given apart; one that names a source that does not exist is left to the dangling-reference rule. Used by
/// <c>validate</c> (<see cref="GraphValidator"/>) and, inside a script's transaction, by <c>load</c>. O(quotes × text).
/// </summary>
public static class CitationQuotes
{
    /// <summary>The quotes that do not occur in their source's text, and those whose source has no text.</summary>
    public sealed record Findings(IReadOnlyList<Misquote> Misquotes, IReadOnlyList<CitedQuote> Unchecked);

    /// <summary>Reads the graph's quotes and sources through <paramref name="read"/> (a transaction's or a database's read).</summary>
    public static async Task<Findings> CheckAsync(Func<string, Task<QueryResult>> read)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in await read("MATCH (s:Source) WHERE s.key IS NOT NULL RETURN s.key AS key, s.text AS text"))
        {
            texts[row.Get<string>("key")] = row["text"] as string;
        }

        var quotes = new List<CitedQuote>();
        foreach (var row in await read(
            $"MATCH (n)-[c:{GraphModel.CitedIn}]->(s:Source) WHERE c.quote IS NOT NULL RETURN n.key AS node, s.key AS source, c.quote AS quote"))
        {
            if (row["quote"] is string quote && row["source"] is string source)
            {
                quotes.Add(new($"{row["node"]}|{GraphModel.CitedIn}|{source}", source, quote));
            }
        }

        foreach (var row in await read(
            "MATCH (a)-[r]->(b) WHERE r.quotes IS NOT NULL AND r.sources IS NOT NULL " +
            "RETURN a.key AS start, type(r) AS type, b.key AS end, r.sources AS sources, r.quotes AS quotes"))
        {
            var sources = GraphQueries.Strings(row["sources"]);
            var said = GraphQueries.Strings(row["quotes"]);
            var target = $"{row["start"]}|{row.Get<string>("type")}|{row["end"]}";
            // Lists of unequal length are the relationship-without-source rule's to report; pair what can be paired.
            quotes.AddRange(said.Take(sources.Count).Select((quote, i) => new CitedQuote(target, sources[i], quote)));
        }

        var misquotes = new List<Misquote>();
        var uncheckable = new List<CitedQuote>();
        foreach (var quote in quotes)
        {
            if (!texts.TryGetValue(quote.Source, out var text))
            {
                continue;
            }

            if (text is null)
            {
                uncheckable.Add(quote);
            }
            else if (!QuoteText.Occurs(text, quote.Quote))
            {
                misquotes.Add(new Misquote(quote, QuoteText.ClosestPassage(text, quote.Quote), QuoteText.Stitched(text, quote.Quote)));
            }
        }

        return new Findings(misquotes, uncheckable);
    }
}
