using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Visibility;

/// <summary>
/// The seed graph twice on the test backend: in <see cref="Restricted"/> a random but seeded choice of entities and
/// relationships carries the level <c>restricted</c> (and another choice <c>internal</c>); in <see cref="Removed"/> the
/// same restricted items are deleted (the internal ones keep their level). A reader who sees public and internal items
/// must get from <see cref="Restricted"/> exactly what an unrestricted reader gets from <see cref="Removed"/>.
/// </summary>
public sealed class RestrictedSeedFixture : IAsyncLifetime
{
    public const int Seed = 20261207;

    private static readonly string[] EntityLabels = ["Organization", "Person", "Agreement", "Event", "Fact", "Place", "Sector", "Source"];

    public IGraphDatabase Restricted { get; private set; } = null!;

    public IGraphDatabase Removed { get; private set; } = null!;

    /// <summary>Every entity key of the seed, hidden ones included, in key order.</summary>
    public IReadOnlyList<string> Keys { get; private set; } = [];

    public IReadOnlyList<string> HiddenKeys { get; private set; } = [];

    public IReadOnlyList<(string From, string Type, string To)> HiddenTies { get; private set; } = [];

    public async Task InitializeAsync()
    {
        (Restricted, _) = await SeedGraphFixture.CreateLoadedAsync();
        (Removed, _) = await SeedGraphFixture.CreateLoadedAsync();
        var random = new Random(Seed);
        await using var session = Restricted.OpenSession();
        var keys = await session.RunAsync(
            "MATCH (n) WHERE n.key IS NOT NULL AND any(l IN labels(n) WHERE l IN $labels) RETURN n.key AS key ORDER BY key",
            new Dictionary<string, object?> { ["labels"] = EntityLabels.ToList<object?>() });
        Keys = [.. keys.Select(r => r.Get<string>("key"))];
        var ties = await session.RunAsync(
            "MATCH (a)-[r]->(b) WHERE a.key IS NOT NULL AND b.key IS NOT NULL AND any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels) " +
            "RETURN DISTINCT a.key AS a, type(r) AS t, b.key AS b ORDER BY a, t, b",
            new Dictionary<string, object?> { ["labels"] = EntityLabels.ToList<object?>() });
        var allTies = ties.Select(r => (r.Get<string>("a"), r.Get<string>("t"), r.Get<string>("b"))).ToList();

        var hiddenKeys = new List<string>();
        var internalKeys = new List<string>();
        foreach (var key in Keys)
        {
            var roll = random.NextDouble();
            (roll < 0.08 ? hiddenKeys : roll < 0.14 ? internalKeys : null)?.Add(key);
        }

        var hiddenTies = new List<(string, string, string)>();
        var internalTies = new List<(string, string, string)>();
        foreach (var tie in allTies)
        {
            var roll = random.NextDouble();
            (roll < 0.08 ? hiddenTies : roll < 0.14 ? internalTies : null)?.Add(tie);
        }

        HiddenKeys = hiddenKeys;
        HiddenTies = hiddenTies;
        foreach (var database in new[] { Restricted, Removed })
        {
            await SetAsync(database, internalKeys, internalTies, "internal");
        }

        await SetAsync(Restricted, hiddenKeys, hiddenTies, "restricted");
        await using var removing = Removed.OpenSession();
        await removing.RunAsync(
            "UNWIND $ties AS t MATCH (a {key: t[0]})-[r]->(b {key: t[2]}) WHERE type(r) = t[1] DELETE r",
            new Dictionary<string, object?> { ["ties"] = Ties(hiddenTies) });
        // A tie names its sources in parallel sources/quotes lists: removing a source removes its citations there too,
        // as a reader who may not see the source never meets its id.
        await removing.RunAsync(
            "MATCH ()-[r]->() WHERE r.sources IS NOT NULL AND any(s IN r.sources WHERE s IN $keys) " +
            "WITH r, [i IN range(0, size(r.sources) - 1) WHERE NOT r.sources[i] IN $keys] AS kept " +
            "SET r.sources = [i IN kept | r.sources[i]], " +
            "r.quotes = CASE WHEN r.quotes IS NULL THEN null ELSE [i IN kept WHERE i < size(r.quotes) | r.quotes[i]] END",
            new Dictionary<string, object?> { ["keys"] = hiddenKeys.ToList<object?>() });
        await removing.RunAsync(
            "UNWIND $keys AS k MATCH (n {key: k}) DETACH DELETE n",
            new Dictionary<string, object?> { ["keys"] = hiddenKeys.ToList<object?>() });
    }

    public async Task DisposeAsync()
    {
        await Restricted.DisposeAsync();
        await Removed.DisposeAsync();
    }

    private static async Task SetAsync(IGraphDatabase database, List<string> keys, List<(string, string, string)> ties, string level)
    {
        await using var session = database.OpenSession();
        await session.RunAsync(
            "UNWIND $keys AS k MATCH (n {key: k}) SET n.visibility = $level",
            new Dictionary<string, object?> { ["keys"] = keys.ToList<object?>(), ["level"] = level });
        await session.RunAsync(
            "UNWIND $ties AS t MATCH (a {key: t[0]})-[r]->(b {key: t[2]}) WHERE type(r) = t[1] SET r.visibility = $level",
            new Dictionary<string, object?> { ["ties"] = Ties(ties), ["level"] = level });
    }

    private static List<object?> Ties(IEnumerable<(string From, string Type, string To)> ties) =>
        [.. ties.Select(t => (object?)new List<object?> { t.From, t.Type, t.To })];
}
