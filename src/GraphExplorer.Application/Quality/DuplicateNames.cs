using F23.StringSimilarity;
using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Quality;

/// <summary>An entity and every name it goes by (<see cref="SearchText.NameProperties"/>: name, aliases, other languages).</summary>
public sealed record NamedEntity(string Key, EntityType Type, IReadOnlyList<string> Names)
{
    public static NamedEntity Of(string key, EntityType type, IReadOnlyDictionary<string, object?> properties) =>
        new(key, type, [.. SearchText.Names(properties)]);
}

/// <summary>
/// The rule <see cref="ValidationRules.DuplicateName"/>: a new organisation, person, place or sector must not go by the
/// name of another entity of its type, nor by one a typo away from it — the usual way a steward's script creates a
/// second node for an entity the graph already has under another key ("Luxembourg Space Agency" and "Luxemburg Space
/// Agency"). Names are compared as search normalises them (<see cref="SearchText.Normalize"/>: case, accents, punctuation
/// aside); names of 6 characters or more may differ by one edit (insertion, deletion, substitution or swap of two
/// neighbours: optimal string alignment), of 12 or more by two. Shorter names (acronyms) must match exactly to count, as
/// "LSA" and "ESA" are different agencies. Agreements, events and facts are left out: their titles differ by a year or a
/// party and still name different things. Thread-safe (stateless). O(new entities × entities × names²).
/// </summary>
public static class DuplicateNames
{
    private static readonly EntityType[] Checked = [EntityType.Organization, EntityType.Person, EntityType.Place, EntityType.Sector];
    private static readonly OptimalStringAlignment Distance = new();

    public static bool IsChecked(EntityType type) => Checked.Contains(type);

    /// <summary>For each entity of <paramref name="created"/>, the entities of <paramref name="all"/> (which holds the
    /// created ones too) named like it; a pair of two new entities is reported once.</summary>
    public static IReadOnlyList<Violation> Find(IReadOnlyList<NamedEntity> created, IReadOnlyList<NamedEntity> all)
    {
        var isNew = created.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var violations = new List<Violation>();
        foreach (var entity in created.Where(e => IsChecked(e.Type)))
        {
            var names = Normalized(entity);
            foreach (var other in all.Where(o => o.Type == entity.Type && o.Key != entity.Key))
            {
                if (isNew.Contains(other.Key) && string.CompareOrdinal(other.Key, entity.Key) < 0)
                {
                    continue;
                }

                var close = names.SelectMany(name => Normalized(other).Select(otherName => (name, otherName)))
                    .FirstOrDefault(pair => AreClose(pair.name.Normal, pair.otherName.Normal));
                if (close.name.Given is not null)
                {
                    var whose = isNew.Contains(other.Key) ? "new" : "existing";
                    violations.Add(new Violation(ValidationRules.DuplicateName, entity.Key,
                        $"its name «{close.name.Given}» is {(close.name.Normal == close.otherName.Normal ? "the same as" : "close to")} «{close.otherName.Given}» of " +
                        $"{whose} {other.Key}: if they are one {entity.Type}, use {other.Key} (and add the name to its aliases)"));
                }
            }
        }

        return violations;
    }

    /// <summary>True when two normalised names are the same, or a typo apart (see the class summary).</summary>
    public static bool AreClose(string first, string second)
    {
        if (first.Length == 0 || second.Length == 0)
        {
            return false;
        }

        if (first == second)
        {
            return true;
        }

        var shorter = Math.Min(first.Length, second.Length);
        var allowed = shorter >= 12 ? 2 : shorter >= 6 ? 1 : 0;
        return allowed > 0 && Math.Abs(first.Length - second.Length) <= allowed && Distance.Distance(first, second) <= allowed;
    }

    private static List<(string Given, string Normal)> Normalized(NamedEntity entity) =>
        [.. entity.Names.Select(name => (name, SearchText.Normalize(name))).Where(n => n.Item2.Length > 0).DistinctBy(n => n.Item2)];
}
