using GraphExplorer.Application.Domain;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Ranked full-text search over names, titles, aliases and acronyms of every searchable kind.
/// </summary>
/// <remarks>
/// The user's text is normalised like <c>searchText</c> (<see cref="SearchText.Normalize"/>). Candidates are the
/// entities whose <c>searchText</c> contains every word of it, found in the database's <see cref="SearchIndex"/> (an
/// in-memory copy of <c>searchText</c> and names: the embedded engine cannot answer <c>CONTAINS</c> from an index, and a
/// label scan of every searchable node per keystroke is too slow on a large graph). They are ranked on their names
/// (name/title first, then aliases and original-language names): exact match 4, prefix 3, whole-word match 2,
/// substring 1, words found apart 0.5; a match on the main name scores 0.25 more than the same match on an alias; ties
/// by shorter name, then id. Only the <c>first</c> best are read from the database, by key; when one of them is gone
/// or its <c>searchText</c> changed since the index was built, the index is rebuilt and the search run again.
/// Thread-safe (the index is shared and thread-safe).
/// </remarks>
public sealed class SearchService(IGraphDatabase database)
{
    public const int MaxResults = 200;

    /// <summary>The name properties a hit can match on besides the name or title, in ranking order after aliases.</summary>
    internal static readonly string[] OtherNameProperties = ["nameFr", "nameOriginal", "nameJa", "nameEn"];

    private readonly NodeCards cards = new(database);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text,
        IReadOnlyList<EntityType>? types = null,
        int first = 20,
        CancellationToken cancellationToken = default)
    {
        if (first is < 1 or > MaxResults)
        {
            throw ApplicationErrors.InvalidArgument("first", $"must be between 1 and {MaxResults}, got {first}");
        }

        var query = SearchText.Normalize(text);
        if (query.Length == 0)
        {
            throw ApplicationErrors.InvalidArgument("text", "the search text is empty");
        }

        var words = query.Split(' ').Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToArray();
        var wanted = (types is { Count: > 0 } ? types : GraphModel.SearchableTypes).ToHashSet();
        var index = SearchIndex.For(database);
        for (var attempt = 0; ; attempt++)
        {
            var best = Best(await index.SnapshotAsync(cancellationToken), wanted, query, words, first);
            var entities = await cards.EntitiesAsync(best.Select(c => c.Entry.Key), cancellationToken);
            var stale = best.Any(c => !entities.TryGetValue(c.Entry.Key, out var e) || e["searchText"] as string != c.Entry.SearchText);
            if (stale && attempt == 0)
            {
                index.Drop();
                continue;
            }

            return [.. best.Where(c => entities.ContainsKey(c.Entry.Key)).Select(c => new SearchHit(entities[c.Entry.Key], c.Score, c.Matched))];
        }
    }

    /// <summary>The <paramref name="first"/> best entries of the wanted types whose <c>searchText</c> contains every word, best first.</summary>
    private static List<Candidate> Best(SearchIndex.Snapshot index, HashSet<EntityType> wanted, string query, string[] words, int first)
    {
        var candidates = new List<Candidate>();
        foreach (var entry in index.Matching(words))
        {
            if (wanted.Contains(entry.Type))
            {
                var (score, matched) = Rank(entry, query, words);
                candidates.Add(new Candidate(entry, score, matched));
            }
        }

        return [.. candidates
            .OrderByDescending(c => c.Score)
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

        return best.Score > 0 ? best : (0.5, entry.Names[0]);
    }

    private sealed record Candidate(SearchEntry Entry, double Score, string Matched);

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
