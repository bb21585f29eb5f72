using GraphExplorer.Application.Domain;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Ranked full-text search over names, titles, aliases and acronyms of every searchable kind.
/// </summary>
/// <remarks>
/// The user's text is normalised like <c>searchText</c> (<see cref="SearchText.Normalize"/>). Candidates are the
/// entities whose <c>searchText</c> contains every word of it (one parameterised query per label, a <c>CONTAINS</c>
/// scan: on Neo4j a TEXT index on <c>searchText</c> serves it). They are ranked on their names (name/title first,
/// then aliases and original-language names): exact match 4, prefix 3, whole-word match 2, substring 1, words found
/// apart 0.5; a match on the main name scores 0.25 more than the same match on an alias; ties by shorter name, then
/// id. Thread-safe (stateless).
/// </remarks>
public sealed class SearchService(IGraphDatabase database)
{
    public const int MaxResults = 200;

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

        var words = query.Split(' ');
        var hits = new List<SearchHit>();
        foreach (var type in types is { Count: > 0 } ? types.Distinct() : GraphModel.SearchableTypes)
        {
            if (!GraphModel.SearchableTypes.Contains(type))
            {
                continue;
            }

            var rows = await database.ReadAsync(
                $"MATCH (n:{GraphModel.Label(type)}) WHERE all(w IN $words WHERE n.searchText CONTAINS w) RETURN n",
                GraphQueries.Parameters(("words", words)),
                cancellationToken);
            foreach (var row in rows)
            {
                if (NodeCards.ToEntity(row.Get<CypherNode>("n")) is { } entity)
                {
                    var (score, matched) = Rank(entity, query, words);
                    hits.Add(new SearchHit(entity, score, matched));
                }
            }
        }

        return [.. hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Matched.Length)
            .ThenBy(h => h.Entity.Id, StringComparer.Ordinal)
            .Take(first)];
    }

    internal static (double Score, string Matched) Rank(EntityRecord entity, string query, IReadOnlyList<string> words)
    {
        var best = (Score: 0.0, Matched: entity.Name);
        var names = Names(entity).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var normalized = SearchText.Normalize(names[i]);
            var score = Score(normalized, query, words);
            if (score > 0 && i == 0)
            {
                score += 0.25;
            }

            if (score > best.Score)
            {
                best = (score, names[i]);
            }
        }

        return best.Score > 0 ? best : (0.5, entity.Name);
    }

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

        var padded = $" {name} ";
        if (padded.Contains($" {query} ", StringComparison.Ordinal))
        {
            return 2;
        }

        if (name.Contains(query, StringComparison.Ordinal))
        {
            return 1;
        }

        return words.All(w => name.Contains(w, StringComparison.Ordinal)) ? 0.5 : 0;
    }

    private static IEnumerable<string> Names(EntityRecord entity)
    {
        yield return entity.Name;
        foreach (var alias in GraphQueries.Strings(entity["aliases"]))
        {
            yield return alias;
        }

        foreach (var property in new[] { "nameFr", "nameOriginal", "nameJa" })
        {
            if (entity[property] is string other)
            {
                yield return other;
            }
        }
    }
}
