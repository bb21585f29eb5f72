using System.Collections.Frozen;
using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// What a connecting path means, as a cost (lower is stronger): each step costs by the kind of tie it is, an inferred
/// step costs more than a stated one, so a short chain of agreements beats a longer one or one through shared
/// participation, and any documented chain beats one through a country or sector.
/// </summary>
/// <remarks>
/// The weights are an ordering, not a measure: they only decide which of two paths is shown first. Every step costs at
/// least <see cref="MinimumStepCost"/>, which keeps the remaining distance (in steps) an admissible estimate for the
/// search.
/// </remarks>
internal static class PathRanking
{
    public const double MinimumStepCost = 1.0;

    /// <summary>Added to a step the source does not state in so many words.</summary>
    public const double InferredExtra = 1.0;

    /// <summary>Added once per intermediate a chosen path already passed through, so the k answers differ.</summary>
    public const double ReusePenalty = 1.0;

    /// <summary>Entity types that are reference data: a path through them is a weaker link, walked only on request.</summary>
    public static IReadOnlyList<EntityType> ReferenceTypes { get; } = [EntityType.Place, EntityType.Sector, EntityType.Fact];

    /// <summary>Entity types a connection passes through by default: who did what together.</summary>
    public static IReadOnlyList<EntityType> DocumentedTypes { get; } =
        [EntityType.Organization, EntityType.Person, EntityType.Agreement, EntityType.Event];

    private const double Direct = MinimumStepCost;
    private const double Close = 1.25;
    private const double SharedParticipation = 1.5;
    private const double Reference = 3.0;

    // Agreements, organising an event and stated organisational ties are the strongest; taking part in an event many
    // others attended says less; a shared country or sector says least.
    private static readonly FrozenDictionary<string, double> StepCosts = new Dictionary<string, double>
    {
        ["PARTY_TO"] = Direct,
        ["SIGNED_AT"] = Direct,
        ["IMPLEMENTS"] = Direct,
        ["REINFORCED_BY"] = Direct,
        ["BUILDS_ON"] = Direct,
        ["ORGANIZED"] = Direct,
        ["COOPERATES_WITH"] = Direct,
        ["PARTNER_OF"] = Direct,
        ["SUBSIDIARY_OF"] = Direct,
        ["HOLDS_ROLE"] = Direct,
        ["SUPPORTED"] = Close,
        ["FOLLOWS_UP"] = Close,
        ["PART_OF"] = Close,
        ["PARTICIPATED_IN"] = SharedParticipation,
        ["LOCATED_IN"] = Reference,
        ["HAS_PRESENCE_IN"] = Reference,
        ["IN_SECTOR"] = Reference,
        ["ABOUT"] = Reference,
        ["TWINNED_WITH"] = Reference,
        ["DIPLOMATIC_RELATIONS"] = Reference,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The cost of one step: its tie kind, plus <see cref="InferredExtra"/> when it is inferred.</summary>
    public static double StepCost(string relationshipType, bool inferred) =>
        StepCosts.GetValueOrDefault(relationshipType, Reference) + (inferred ? InferredExtra : 0);

    public static bool IsReference(EntityType type) => ReferenceTypes.Contains(type);

    /// <summary>
    /// Picks <paramref name="first"/> paths from candidates in cost order, each time the cheapest once every
    /// intermediate it shares with paths already picked is charged <see cref="ReusePenalty"/>; ties by length, then ids.
    /// </summary>
    public static List<TPath> PickDiverse<TPath>(
        IReadOnlyList<TPath> candidates,
        Func<TPath, double> cost,
        Func<TPath, IReadOnlyList<string>> keys,
        int first)
    {
        var remaining = candidates.ToList();
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var picked = new List<TPath>();
        while (picked.Count < first && remaining.Count > 0)
        {
            var best = remaining
                .OrderBy(p => cost(p) + ReusePenalty * keys(p).Skip(1).SkipLast(1).Sum(k => used.GetValueOrDefault(k)))
                .ThenBy(p => keys(p).Count)
                .ThenBy(p => string.Join(' ', keys(p)), StringComparer.Ordinal)
                .First();
            remaining.Remove(best);
            picked.Add(best);
            foreach (var key in keys(best).Skip(1).SkipLast(1))
            {
                used[key] = used.GetValueOrDefault(key) + 1;
            }
        }

        return picked;
    }
}
