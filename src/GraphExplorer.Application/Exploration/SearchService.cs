using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Ranked full-text search over names, titles, aliases and acronyms of every searchable kind.
/// </summary>
/// <remarks>
/// Candidates come from the full-text index <see cref="IndexName"/> on <c>searchText</c> (created by
/// <c>cypher/001_search_index.cypher</c>; Lucene inside the embedded engine, Lucene inside Neo4j): every word of the
/// user's text must match exactly, as a prefix or with a typing error (<see cref="SearchQuery"/>), which the index
/// answers without scanning. The index is kept in step with every committed write by the database itself, so search
/// needs no cache of its own. The best <see cref="Candidates"/> by Lucene's score are then ranked on their names
/// (name/title first, then aliases and original-language names): exact match 4, prefix 3, whole-word match 2,
/// substring 1, words found apart 0.5, found only through a prefix or typo of another name 0.25; a match on the main
/// name scores 0.25 more than the same match on an alias; ties by Lucene's score, then shorter name, then id. Only the
/// <c>first</c> best are read from the database, by key. Asked within a network (as of a day, an evidence bar), only
/// the candidates a typed list would hold are ranked (<see cref="GraphFilter.ToEntityCypher"/>). A word with a
/// romanised long vowel written out also matches, and ranks, as its short form (<see cref="Romanisation"/>).
/// Thread-safe (stateless).
/// </remarks>
public sealed class SearchService(IGraphDatabase database)
{
    public const int MaxResults = 200;

    /// <summary>The full-text index search runs on (<c>cypher/001_search_index.cypher</c>).</summary>
    public const string IndexName = "entity_search";

    /// <summary>How many of Lucene's best hits are ranked on their names.</summary>
    internal const int Candidates = 200;

    /// <summary>The name properties a hit can match on besides the name or title, in ranking order after aliases.</summary>
    internal static readonly string[] OtherNameProperties = ["nameFr", "nameOriginal", "nameJa", "nameEn"];

    /// <summary>
    /// The full-text candidates the reader may see (the visibility predicate is the reader's: see <see cref="Visible"/>),
    /// within <paramref name="network"/> when one is given: each type's condition of a typed list
    /// (<see cref="GraphFilter.ToEntityCypher"/>), its values in <paramref name="parameters"/>.
    /// </summary>
    private static string CandidatesQuery(GraphFilter? network, IReadOnlyList<EntityType> types, IDictionary<string, object?> parameters) =>
        $"CALL db.index.fulltext.queryNodes('{IndexName}', $query, $options) YIELD node AS n, score " +
        $"WHERE {Visible.And("n.key IS NOT NULL AND any(label IN labels(n) WHERE label IN $labels)", "n")} " +
        (network is null ? "" : "AND (" + string.Join(" OR ", types.Select(t => $"(n:{GraphModel.Label(t)} AND {network.ToEntityCypher("n", t, parameters)})")) + ") ") +
        $"RETURN n.key AS key, labels(n) AS labels, n.searchText AS searchText, {NodeCards.NameExpression} AS name, n.aliases AS aliases, " +
        string.Join(", ", OtherNameProperties.Select(p => $"n.{p} AS {p}")) + ", score LIMIT $candidates";

    private readonly NodeCards cards = new(database);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text,
        IReadOnlyList<EntityType>? types = null,
        int first = 20,
        GraphFilter? network = null,
        CancellationToken cancellationToken = default)
    {
        if (first is < 1 or > MaxResults)
        {
            throw ApplicationErrors.InvalidArgument("first", $"must be between 1 and {MaxResults}, got {first}");
        }

        if (network?.MinSources is < 0)
        {
            throw ApplicationErrors.InvalidArgument("minSources", $"must be 0 or more, got {network.MinSources}");
        }

        var query = SearchText.Normalize(text);
        if (query.Length == 0)
        {
            throw ApplicationErrors.InvalidArgument("text", "the search text is empty");
        }

        var words = SearchQuery.Words(text);
        if (SearchQuery.Lucene(words) is not { } lucene)
        {
            return [];
        }

        var wanted = types is { Count: > 0 } ? types : GraphModel.SearchableTypes;
        // Without a type filter Lucene can stop at the candidates; with one, hits of other types must not use up the room.
        var options = new Dictionary<string, object?>(StringComparer.Ordinal);
        // Hidden entities must not use up the room either: for a restricted reader the WHERE alone bounds the candidates;
        // nor must entities outside the network asked for.
        if (types is not { Count: > 0 } && !ReaderVisibility.Current.IsRestricted && network is null)
        {
            options["limit"] = (long)Candidates;
        }

        // The candidates are the system's own work (ranked here, never returned as such): the row limit is for clients.
        var parameters = GraphQueries.Parameters(
            ("query", lucene),
            ("options", options),
            ("labels", wanted.Select(GraphModel.Label).ToList()),
            ("candidates", (long)Candidates));
        var candidates = CandidatesQuery(network, wanted, parameters);
        QueryResult rows;
        try
        {
            rows = await database.SystemReadAsync(candidates, parameters, cancellationToken);
        }
        catch (CypherException e) when (e.Message.Contains("no such fulltext schema index", StringComparison.OrdinalIgnoreCase))
        {
            // Neo4j's wording, which the embedded engine keeps: a folder loaded without the schema scripts, not a fault.
            throw ApplicationErrors.SearchIndexMissing(IndexName);
        }

        var best = Best(rows, query, [.. words.OrderByDescending(w => w.Length)], first);
        var entities = await cards.EntitiesAsync(best.Select(c => c.Entry.Key), cancellationToken);
        return [.. best.Where(c => entities.ContainsKey(c.Entry.Key)).Select(c => new SearchHit(entities[c.Entry.Key], c.Score, c.Matched))];
    }

    /// <summary>The <paramref name="first"/> best candidates, ranked on their names, then on Lucene's score.</summary>
    private static List<Candidate> Best(QueryResult rows, string query, string[] words, int first)
    {
        // A romanised Japanese name typed with its long vowels written out ("Toukyou") ranks as its short form would.
        var shortQuery = Romanisation.ShortVowels(query);
        string[] shortWords = [.. words.Select(Romanisation.ShortVowels)];
        var candidates = new List<Candidate>();
        foreach (var row in rows)
        {
            if (row["key"] is not string key || row["searchText"] is not string searchText)
            {
                continue;
            }

            List<string> names = [row.Get<string>("name"), .. GraphQueries.Strings(row["aliases"])];
            names.AddRange(OtherNameProperties.Select(p => row[p]).OfType<string>());
            var entry = new SearchEntry(key, searchText, names, [.. names.Select(SearchText.Normalize)]);
            var (score, matched) = Rank(entry, query, words);
            if (shortQuery != query && Rank(entry, shortQuery, shortWords) is var romanised && romanised.Score > score)
            {
                (score, matched) = romanised;
            }

            candidates.Add(new Candidate(entry, score, Convert.ToDouble(row["score"], System.Globalization.CultureInfo.InvariantCulture), matched));
        }

        return [.. candidates
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Relevance)
            .ThenBy(c => c.Matched.Length)
            .ThenBy(c => c.Entry.Key, StringComparer.Ordinal)
            .Take(first)];
    }

    /// <summary>The best score of the entry's names (the main name scores 0.25 more), and the name that gave it.</summary>
    private static (double Score, string Matched) Rank(SearchEntry entry, string query, IReadOnlyList<string> words)
    {
        var best = (Score: 0.0, Matched: entry.Names[0]);
        for (var i = 0; i < entry.Names.Count; i++)
        {
            var score = Score(entry.NormalizedNames[i], query, words);
            if (score > 0 && i == 0)
            {
                score += 0.25;
            }

            if (score > best.Score)
            {
                best = (score, entry.Names[i]);
            }
        }

        if (best.Score > 0)
        {
            return best;
        }

        // Every word is in searchText but in no one name; or some word matched only as a prefix or with a typo.
        return (words.All(w => entry.SearchText.Contains(w, StringComparison.Ordinal)) ? 0.5 : 0.25, entry.Names[0]);
    }

    /// <summary>A candidate as ranked: its names (main name first) and those names normalised.</summary>
    private sealed record SearchEntry(string Key, string SearchText, IReadOnlyList<string> Names, IReadOnlyList<string> NormalizedNames);

    /// <param name="Relevance">Lucene's score, which orders candidates of equal <paramref name="Score"/>.</param>
    private sealed record Candidate(SearchEntry Entry, double Score, double Relevance, string Matched);

    private static double Score(string name, string query, IReadOnlyList<string> words)
    {
        if (name.Length == 0)
        {
            return 0;
        }

        if (name == query)
        {
            return 4;
        }

        if (name.StartsWith(query, StringComparison.Ordinal))
        {
            return 3;
        }

        if (ContainsWord(name, query))
        {
            return 2;
        }

        if (name.Contains(query, StringComparison.Ordinal))
        {
            return 1;
        }

        return words.All(w => name.Contains(w, StringComparison.Ordinal)) ? 0.5 : 0;
    }

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="name"/> between spaces or the ends (what <c>" name "</c> containing <c>" word "</c> means), without allocating.</summary>
    private static bool ContainsWord(string name, string word)
    {
        for (var at = name.IndexOf(word, StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || name[at - 1] == ' ') && (end == name.Length || name[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
