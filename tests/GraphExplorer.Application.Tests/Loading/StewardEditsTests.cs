using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.TestSupport.Backends;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>The rule between scripts and API edits: a script never silently undoes what a steward changed or deleted.</summary>
public sealed class StewardEditsTests : IAsyncLifetime
{
    private const string Source = "MERGE (s:Source {key: 'src:test'}) SET s.title = 'Test';\n";
    private const string Version1 = Source +
        "MERGE (o:Organization {key: 'org:acme'}) SET o += {name: 'Acme', kind: 'company', description: 'Fabrique des enclumes.'};\n" +
        "MERGE (p:Organization {key: 'org:other'}) SET p += {name: 'Other', kind: 'company'};\n" +
        "MATCH (o:Organization {key: 'org:acme'}), (s:Source {key: 'src:test'}) MERGE (o)-[:CITED_IN {quote: 'Acme fabrique des enclumes.'}]->(s);\n";

    // The steward corrected the description through the API; the script still says the old one.
    private const string Version2 = Version1 + "MERGE (p:Organization {key: 'org:third'}) SET p += {name: 'Third', kind: 'company'};\n";

    private readonly IGraphDatabase database = TestBackend.CreateDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Re_applying_a_script_that_would_revert_an_api_edit_is_refused_naming_it()
    {
        await LoadAsync(new LoadOptions("loader"), Version1);
        var edit = await new StewardshipService(database).UpsertOrganizationAsync("alice", new OrganizationInput(
            new CitationInput("src:test", "Acme fabrique des enclumes."), Id: "org:acme", Description: "Fabrique des enclumes et des marteaux."));

        var report = await LoadAsync(new LoadOptions("loader", AllowChanged: true), Version2);

        report.Outcome.Should().Be(ScriptOutcome.RefusedStewardEdits);
        report.Error!.Message.Should().Contain("org:acme").And.Contain(edit.Audit.Id).And.Contain("alice").And.Contain("--overwrite-steward-edits");
        (await DescriptionAsync()).Should().Be("Fabrique des enclumes et des marteaux.");
        (await CountAsync("MATCH (n:Organization {key: 'org:third'}) RETURN count(n) AS c")).Should().Be(0, "nothing of the refused script is applied");
    }

    [Fact]
    public async Task A_dry_run_reports_the_same_refusal()
    {
        await LoadAsync(new LoadOptions("loader"), Version1);
        await new StewardshipService(database).UpsertOrganizationAsync("alice", new OrganizationInput(
            new CitationInput("src:test", "Acme fabrique des enclumes."), Id: "org:acme", Description: "Corrigée."));

        (await LoadAsync(new LoadOptions("loader", DryRun: true, AllowChanged: true), Version2)).Outcome.Should().Be(ScriptOutcome.RefusedStewardEdits);
    }

    [Fact]
    public async Task With_overwrite_steward_edits_the_script_wins_on_purpose()
    {
        await LoadAsync(new LoadOptions("loader"), Version1);
        await new StewardshipService(database).UpsertOrganizationAsync("alice", new OrganizationInput(
            new CitationInput("src:test", "Acme fabrique des enclumes."), Id: "org:acme", Description: "Corrigée."));

        var report = await LoadAsync(new LoadOptions("loader", AllowChanged: true, OverwriteStewardEdits: true), Version2);

        report.Outcome.Should().Be(ScriptOutcome.Applied);
        (await DescriptionAsync()).Should().Be("Fabrique des enclumes.");
    }

    [Fact]
    public async Task A_script_that_agrees_with_the_api_edit_is_applied()
    {
        await LoadAsync(new LoadOptions("loader"), Version1);
        await new StewardshipService(database).UpsertOrganizationAsync("alice", new OrganizationInput(
            new CitationInput("src:test", "Acme fabrique des enclumes."), Id: "org:acme", Description: "Corrigée."));

        var report = await LoadAsync(new LoadOptions("loader", AllowChanged: true), Version2.Replace("Fabrique des enclumes.", "Corrigée.", StringComparison.Ordinal));

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.Message);
    }

    [Fact]
    public async Task Re_creating_an_entity_a_steward_deleted_is_refused()
    {
        await LoadAsync(new LoadOptions("loader"), Version1);
        var deletion = await new StewardshipService(database).DeleteEntityAsync("alice", "org:other");

        var report = await LoadAsync(new LoadOptions("loader", AllowChanged: true), Version2);

        report.Outcome.Should().Be(ScriptOutcome.RefusedStewardEdits);
        report.Error!.Message.Should().Contain("org:other").And.Contain(deletion.Audit.Id);
    }

    private async Task<ScriptReport> LoadAsync(LoadOptions options, string text) =>
        (await new ScriptLoader(database).LoadAsync([ScriptFile.FromText("500_test.cypher", "cypher/500_test.cypher", text)], options)).Single();

    private async Task<string?> DescriptionAsync()
    {
        await using var session = database.OpenSession();
        return (await session.RunAsync("MATCH (o:Organization {key: 'org:acme'}) RETURN o.description AS d"))[0].Get<string?>("d");
    }

    private async Task<long> CountAsync(string query)
    {
        await using var session = database.OpenSession();
        return (await session.RunAsync(query))[0].Get<long>("c");
    }
}
