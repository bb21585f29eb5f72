using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Hosting;
using GraphExplorer.Server.Tests.Support;
using GraphExplorer.TestSupport.Backends;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary>
/// A steward's day, end to end on the command line (issue #19): a new article → <c>scaffold</c> → the skeleton filled in
/// (with the usual mistake first, a misspelt key, refused by the dry run) → <c>load --dry-run</c> (the diff) →
/// <c>load</c> → <c>validate</c> → a fact corrected through the GraphQL API with a steward's key (the server on the same
/// database) → the script's re-run refused while it would undo that edit → <c>rollback</c> of the mutation → the
/// script edited and re-ingested (<c>load --allow-changed</c>), each step checked against <c>dump</c>. The database is
/// the test backend's (an embedded folder, or a database on the Query API emulator), the scripts a copy of cypher/.
/// </summary>
[Collection(CommandRunner.Collection)]
public sealed class StewardWalkThroughTests : IAsyncLifetime
{
    private const string ScriptName = "105_105_walk.cypher";
    private const string Article = "105_walk.txt";
    private const string SourceKey = "src:105-walk";

    // A short article (made up for the test) naming two organisations the seed graph has and a new one.
    private const string ArticleText =
        "Accueil | Espace | Un atelier spatial à Luxembourg\n" +
        "Le 3 mars 2026, la Luxembourg Space Agency et la JAXA ont réuni une vingtaine d’entreprises pour un atelier sur les petits satellites.\n" +
        "La société Orbital Walkers, fondée à Esch-sur-Alzette, y a présenté son premier nanosatellite.\n" +
        "Orbital Walkers coopère depuis 2025 avec la JAXA pour tester ses composants.\n";

    private readonly TestServerDatabase database = TestServerDatabase.Create("graphexplorer-walk-");
    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-walk-").FullName;
    private readonly string[] settings;
    private readonly string cypher;
    private readonly string script;

    public StewardWalkThroughTests()
    {
        settings = [.. database.Settings.Select(s => $"--{s.Key}={s.Value}")];
        cypher = Path.Combine(folder, "cypher");
        script = Path.Combine(cypher, ScriptName);
    }

    public async Task InitializeAsync()
    {
        var seed = ProductLayout.Discover().SeedScripts;
        Directory.CreateDirectory(Path.Combine(cypher, "sources"));
        foreach (var file in Directory.EnumerateFiles(seed, "*.cypher").Concat(Directory.EnumerateFiles(Path.Combine(seed, "sources"), "*.txt")))
        {
            File.Copy(file, Path.Combine(cypher, Path.GetRelativePath(seed, file)));
        }

        var (exit, output, errors) = await RunAsync(LoadCommand.Create(settings), "load", cypher, "--steward", "seed");
        exit.Should().Be(0, output + errors);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_new_article_goes_from_scaffold_to_load_is_corrected_through_the_API_rolled_back_and_re_ingested()
    {
        var seeded = await DumpAsync();

        // 1. The article, and its skeleton.
        await File.WriteAllTextAsync(Path.Combine(cypher, "sources", Article), ArticleText);
        var (exit, output, errors) = await RunAsync(ScaffoldCommand.Create(settings), "scaffold", Path.Combine(cypher, "sources", Article),
            "--key", SourceKey, "--title", "Un atelier spatial à Luxembourg", "--out", script);
        exit.Should().Be(0, errors);
        output.Should().Contain($"{script}: written");
        var skeleton = await File.ReadAllTextAsync(script);
        skeleton.Should().Contain("//   org:jaxa (").And.Contain("//   org:luxembourg-space-agency (", "shared entities are listed to MATCH, not copied");
        var founded = SentenceLiteral(skeleton, "Orbital Walkers, fondée");
        var cooperates = SentenceLiteral(skeleton, "Orbital Walkers coopère");

        // 2. Filled in with the usual mistake (a misspelt key): the dry run refuses it, naming the key and the right one.
        await File.WriteAllTextAsync(script, skeleton + Facts(founded, cooperates, partner: "org:jaxxa", description: "Fabricant de nanosatellites."));
        (exit, _, errors) = await RunAsync(LoadCommand.Create(settings), "load", script, "--dry-run");
        exit.Should().Be(1);
        errors.Should().Contain($"{ScriptName}:").And.Contain("unknown-key: org:jaxxa").And.Contain("(did you mean org:jaxa?)");
        (await DumpAsync()).Should().Be(seeded, "a dry run changes nothing");

        // 3. Corrected: the dry run shows the diff and still changes nothing.
        await File.WriteAllTextAsync(script, skeleton + Facts(founded, cooperates, partner: "org:jaxa", description: "Fabricant de nanosatellites."));
        (exit, output, errors) = await RunAsync(LoadCommand.Create(settings), "load", script, "--dry-run");
        exit.Should().Be(0, errors);
        output.Should().Contain($"{ScriptName}: would apply")
            .And.Contain("+ node org:orbital-walkers :Organization")
            .And.Contain("+ relationship org:orbital-walkers -[:COOPERATES_WITH]-> org:jaxa")
            .And.Contain("+ node src:105-walk :Source");
        (await DumpAsync()).Should().Be(seeded, "a dry run changes nothing");

        // 4. Loaded and valid.
        (exit, output, errors) = await RunAsync(LoadCommand.Create(settings), "load", script, "--steward", "walker");
        exit.Should().Be(0, errors);
        output.Should().Contain($"{ScriptName}: applied");
        (exit, output, _) = await RunAsync(ValidateCommand.Create(settings), "validate");
        exit.Should().Be(0, output);
        output.Should().Contain("No violations.");
        var loaded = await DumpAsync();
        loaded.Should().Contain("name: 'Orbital Walkers'").And.Contain("description: 'Fabricant de nanosatellites.'")
            .And.Contain("description: 'Tests de composants.'").And.Contain($"file: '{Article}'");

        // 5. A fact corrected through the API (the server on the same database): only the description changes.
        string mutation;
        await using (var server = new WalkThroughServer(database.Settings, Path.Combine(folder, "stewards.json")))
        {
            var body = await server.PostAsync("""
                mutation ($input: OrganizationInput!) { upsertOrganization(input: $input) { audit { id } entity { name ... on Organization { description } } } }
                """, new
            {
                input = new
                {
                    id = "org:orbital-walkers",
                    description = "Fabricant de nanosatellites et de leurs composants.",
                    citation = new { source = SourceKey, quote = Unquote(founded) },
                },
            });
            body.TryGetProperty("errors", out var mutationErrors).Should().BeFalse(mutationErrors.ToString());
            var result = body.GetProperty("data").GetProperty("upsertOrganization");
            result.GetProperty("entity").GetProperty("name").GetString().Should().Be("Orbital Walkers", "a patch keeps what it was not asked to change");
            mutation = result.GetProperty("audit").GetProperty("id").GetString()!;
        }

        var corrected = await DumpAsync();
        corrected.Should().Contain("description: 'Fabricant de nanosatellites et de leurs composants.'").And.NotContain("description: 'Fabricant de nanosatellites.'");

        // 6. The script, edited, would undo that edit: refused, naming the mutation.
        await File.WriteAllTextAsync(script, skeleton + Facts(founded, cooperates: null, partner: "org:jaxa", description: "Fabricant de nanosatellites à Esch-sur-Alzette."));
        (exit, output, errors) = await RunAsync(LoadCommand.Create(settings), "load", script, "--allow-changed");
        exit.Should().Be(1);
        output.Should().Contain($"{ScriptName}: refused: it would overwrite stewards' API edits");
        errors.Should().Contain(mutation);
        (await DumpAsync()).Should().Be(corrected);

        // 7. The API edit rolled back: the dump is byte for byte the one before it.
        (exit, output, errors) = await RunAsync(RollbackCommand.Create(settings), "rollback", mutation, "--steward", "walker");
        exit.Should().Be(0, errors);
        output.Should().Contain($"{mutation}: rolled back");
        (await DumpAsync()).Should().Be(loaded);

        // 8. The edited script re-ingested: the tie it no longer states is retracted, the new description applied.
        (exit, output, errors) = await RunAsync(LoadCommand.Create(settings), "load", script);
        exit.Should().Be(1);
        output.Should().Contain($"{ScriptName}: refused: changed since it was applied");
        (exit, output, errors) = await RunAsync(LoadCommand.Create(settings), "load", script, "--allow-changed", "--dry-run");
        exit.Should().Be(0, errors);
        output.Should().Contain("- relationship org:orbital-walkers -[:COOPERATES_WITH]-> org:jaxa")
            .And.Contain("~ node org:orbital-walkers")
            .And.Contain("~ description: 'Fabricant de nanosatellites.' → 'Fabricant de nanosatellites à Esch-sur-Alzette.'");
        (await DumpAsync()).Should().Be(loaded, "a dry run changes nothing");
        (exit, output, errors) = await RunAsync(LoadCommand.Create(settings), "load", script, "--allow-changed", "--steward", "walker");
        exit.Should().Be(0, errors);
        output.Should().Contain($"{ScriptName}: applied").And.Contain("retracted").And.Contain("rel org:orbital-walkers COOPERATES_WITH org:jaxa");
        var reingested = await DumpAsync();
        reingested.Should().Contain("description: 'Fabricant de nanosatellites à Esch-sur-Alzette.'")
            .And.NotContain("description: 'Tests de composants.'").And.NotContain("description: 'Fabricant de nanosatellites.'");
        (exit, output, _) = await RunAsync(ValidateCommand.Create(settings), "validate");
        exit.Should().Be(0, output);
    }

    /// <summary>The facts a steward writes into the skeleton: the new organisation, its citation, and (unless null) its tie to <paramref name="partner"/>.</summary>
    private static string Facts(string founded, string? cooperates, string partner, string description) =>
        "\n// ======== Filled in by the steward.\n" +
        "MERGE (o:Organization {key: 'org:orbital-walkers'})\n" +
        $"SET o += {{name: 'Orbital Walkers', kind: 'company', description: '{description}', searchText: 'orbital walkers'}};\n" +
        $"MATCH (s:Source {{key: '{SourceKey}'}})\n" +
        $"UNWIND [{{key: 'org:orbital-walkers', quote: {founded}}}] AS row\n" +
        "MATCH (n {key: row.key}) MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);\n" +
        (cooperates is null
            ? ""
            : $"MATCH (a:Organization {{key: 'org:orbital-walkers'}}), (b:Organization {{key: '{partner}'}})\n" +
              $"MERGE (a)-[r:COOPERATES_WITH]->(b) SET r += {{description: 'Tests de composants.', sources: ['{SourceKey}'], quotes: [{cooperates}]}};\n");

    /// <summary>The string literal the skeleton gives for the sentence that holds <paramref name="words"/>
    /// (<c>// s3 3:1 'La société …'</c>), as a steward copies it.</summary>
    private static string SentenceLiteral(string skeleton, string words) =>
        skeleton.Split('\n').Single(line => line.StartsWith("// s", StringComparison.Ordinal) && line.Contains(words, StringComparison.Ordinal))
            .Split(' ', 4)[3].TrimEnd('\r');

    private static string Unquote(string literal) => literal[1..^1].Replace("\\'", "'", StringComparison.Ordinal);

    private async Task<string> DumpAsync()
    {
        var (exit, output, errors) = await RunAsync(DumpCommand.Create(settings), "dump", "--without-history");
        exit.Should().Be(0, errors);
        return output;
    }

    private static Task<(int Exit, string Output, string Errors)> RunAsync(System.CommandLine.Command command, params string[] args) =>
        CommandRunner.RunAsync(command, args);

    /// <summary>The real server on the walk-through's database, with one steward key and no start-up load.</summary>
    private sealed class WalkThroughServer(IReadOnlyDictionary<string, string?> databaseSettings, string keysFile) : WebApplicationFactory<Program>
    {
        private readonly string key = StewardKeyHasher.NewKey();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (name, value) in databaseSettings)
            {
                builder.UseSetting(name, value);
            }

            var entry = StewardKeyHasher.CreateEntry("walker", key);
            builder.UseSetting("Seed:LoadOnStart", "false");
            builder.UseSetting("GraphQL:LoadPollSeconds", "0");
            builder.UseSetting($"{StewardSettings.Section}:KeysFile", keysFile);
            builder.UseSetting($"{StewardSettings.Section}:Keys:0:Name", entry.Name);
            builder.UseSetting($"{StewardSettings.Section}:Keys:0:Hash", entry.Hash);
            builder.UseSetting($"{StewardSettings.Section}:Keys:0:Salt", entry.Salt);
        }

        public async Task<JsonElement> PostAsync(string query, object variables)
        {
            using var client = CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await client.SendAsync(request);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return document.RootElement.Clone();
        }
    }
}
