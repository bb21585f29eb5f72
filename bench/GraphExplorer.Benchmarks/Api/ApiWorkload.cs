using System.Text.Json;
using GraphExplorer.Application.Domain;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>A search as the search box sends it (<c>first: 20</c>): what the case stands for and the text typed.</summary>
internal sealed record SearchCase(string Name, string Text);

/// <summary>A neighbourhood request as the explorer sends it: the entity, the depth and the node limit.</summary>
internal sealed record NeighbourhoodCase(string Name, string Id, int Depth, int Limit);

/// <summary>
/// The requests of one data set: searches (exact acronym, prefix, accent-free form of an accented name, no hit),
/// a name typed one keystroke at a time, and neighbourhoods of a hub and of an ordinary node.
/// </summary>
internal sealed record ApiWorkload(List<SearchCase> Searches, string Typed, List<NeighbourhoodCase> Neighbourhoods)
{
    /// <summary>The explorer's node limit (client/src/ui/app.ts, <c>NEIGHBOURHOOD_LIMIT</c>).</summary>
    public const int ClientLimit = 200;

    public const string FileName = "api-workload.json";

    /// <summary>The seed data (cypher/): JAXA, Kumamoto, the ULB; hub: the Luxembourg Chamber of Commerce.</summary>
    public static ApiWorkload Seed { get; } = new(
        [
            new("exact acronym", "JAXA"),
            new("prefix", "kuma"),
            new("accent-free form of an accented name", "universite libre"),
            new("no hit", "zqxwv"),
        ],
        "Université libre de Bruxelles",
        [
            new("hub, depth 2", "org:chambre-de-commerce-luxembourg", 2, ClientLimit),
            new("ordinary node, depth 2", "org:ulb", 2, ClientLimit),
            new("hub, depth 1 (the explorer's expand)", "org:chambre-de-commerce-luxembourg", 1, ClientLimit),
        ]);

    /// <summary>The generated graph: cases chosen from its organisations (an ordinary one: number 54,321 of 100,000, at the same fraction for other sizes).</summary>
    public static ApiWorkload ForModel(ModelGraph graph, int organizations)
    {
        var ordinary = (int)(organizations * 0.54321);
        // The first organisation of the accented style (numbers 0 and 1 mod 4) after the ordinary one, typed without accents and without its field.
        var accented = Enumerable.Range(0, organizations).Select(k => (ordinary + k) % organizations).First(i => i % 4 == 0 && SearchText.Normalize(graph.OrgName(i)) != graph.OrgName(i).ToLowerInvariant());
        var accentFree = SearchText.Normalize(graph.OrgName(accented).Split(" – ")[0]);
        accentFree = string.Concat(accentFree.Normalize(System.Text.NormalizationForm.FormD).Where(c => c < 0x300 || c > 0x36F));
        return new ApiWorkload(
            [
                new("exact acronym", graph.OrgAcronym(ordinary)),
                new("prefix (thousands of candidates)", "univ"),
                new("accent-free form of an accented name", accentFree),
                new("no hit", "zqxwv"),
            ],
            graph.OrgName(accented).Split(" – ")[0],
            [
                new("hub, depth 2", ModelGraph.OrgKey(0), 2, ClientLimit),
                new("ordinary node, depth 2", ModelGraph.OrgKey(ordinary), 2, ClientLimit),
                new("hub, depth 1 (the explorer's expand)", ModelGraph.OrgKey(0), 1, ClientLimit),
            ]);
    }

    /// <summary>What the search box sends while the name is typed: every prefix of two characters or more.</summary>
    public IReadOnlyList<string> Keystrokes() => [.. Enumerable.Range(2, Typed.Length - 1).Select(n => Typed[..n].TrimEnd()).Distinct()];

    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this));

    public static ApiWorkload Read(string folder) =>
        JsonSerializer.Deserialize<ApiWorkload>(File.ReadAllText(Path.Combine(folder, FileName)))
        ?? throw new InvalidOperationException($"{folder}/{FileName} is empty");
}
