using GraphExplorer.Application.Loading;
using GraphExplorer.TestSupport.Backends;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Loading;

public sealed class ScriptLoaderTests : IAsyncLifetime
{
    private readonly IGraphDatabase database = TestBackend.CreateDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Applies_scripts_in_order_each_with_its_statements()
    {
        var reports = await LoadAsync(
            Script("001_people.cypher", "CREATE (:Person {name: 'Ada'});\nCREATE (:Person {name: 'Grace'});"),
            Script("002_links.cypher", "MATCH (a:Person {name: 'Ada'}), (g:Person {name: 'Grace'}) CREATE (a)-[:KNOWS]->(g);"));

        reports.Select(r => r.Outcome).Should().Equal(ScriptOutcome.Applied, ScriptOutcome.Applied);
        reports[0].Statistics.NodesCreated.Should().Be(2);
        (await CountAsync("MATCH (:Person)-[:KNOWS]->(:Person) RETURN count(*) AS n")).Should().Be(1);
    }

    [Fact]
    public async Task A_second_run_of_an_applied_script_changes_nothing()
    {
        var script = Script("001_people.cypher", "CREATE (:Person {name: 'Ada'});");
        await LoadAsync(script);

        var again = await LoadAsync(script);

        again.Single().Outcome.Should().Be(ScriptOutcome.Unchanged);
        (await CountAsync("MATCH (p:Person) RETURN count(p) AS n")).Should().Be(1);
    }

    [Fact]
    public async Task A_changed_applied_script_is_refused_unless_allowed()
    {
        await LoadAsync(Script("001_people.cypher", "MERGE (:Person {name: 'Ada'});"));
        var changed = Script("001_people.cypher", "MERGE (:Person {name: 'Ada'});\nMERGE (:Person {name: 'Grace'});");

        var refused = await LoadAsync(changed);
        refused.Single().Outcome.Should().Be(ScriptOutcome.RefusedChanged);
        refused.Single().Error!.Message.Should().Contain("--allow-changed");
        (await CountAsync("MATCH (p:Person) RETURN count(p) AS n")).Should().Be(1);

        var allowed = await new ScriptLoader(database).LoadAsync([changed], new LoadOptions("test", AllowChanged: true));
        allowed.Single().Outcome.Should().Be(ScriptOutcome.Applied);
        (await CountAsync("MATCH (p:Person) RETURN count(p) AS n")).Should().Be(2);
    }

    [Fact]
    public async Task A_failing_statement_applies_nothing_of_its_file_and_names_file_line_and_column()
    {
        var reports = await LoadAsync(
            Script("001_ok.cypher", "CREATE (:Person {name: 'Ada'});"),
            Script("002_bad.cypher", "CREATE (:Person {name: 'Grace'});\n\nMATCH (p:Person)\nRETURN q.name;"),
            Script("003_after.cypher", "CREATE (:Person {name: 'Linus'});"));

        reports.Select(r => r.Outcome).Should().Equal(ScriptOutcome.Applied, ScriptOutcome.Failed, ScriptOutcome.NotAttempted);
        var error = reports[1].Error!;
        error.File.Should().EndWith("002_bad.cypher");
        error.Line.Should().Be(4);
        error.Column.Should().Be(8);
        error.Message.Should().Contain("`q`", "the message names the undefined variable");
        (await CountAsync("MATCH (p:Person) RETURN count(p) AS n")).Should().Be(1, "Grace's CREATE ran in the failed file's transaction");
    }

    [Fact]
    public async Task A_syntax_error_is_reported_before_anything_runs()
    {
        var reports = await LoadAsync(Script("001_bad.cypher", "CREATE (:Person {name: 'Ada'});\nMATCH (n RETURN n;"));

        reports.Single().Outcome.Should().Be(ScriptOutcome.Failed);
        reports.Single().Error!.Line.Should().Be(2);
        reports.Single().Error!.Message.Should().Contain("SyntaxError");
        (await CountAsync("MATCH (p:Person) RETURN count(p) AS n")).Should().Be(0);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_leaves_the_database_as_it_was()
    {
        var reports = await new ScriptLoader(database).LoadAsync(
            [Script("001_people.cypher", "CREATE (:Person {name: 'Ada'})-[:KNOWS]->(:Person {name: 'Grace'});")],
            new LoadOptions("test", DryRun: true));

        reports.Single().Outcome.Should().Be(ScriptOutcome.WouldApply);
        reports.Single().Statistics.NodesCreated.Should().Be(2);
        reports.Single().Statistics.RelationshipsCreated.Should().Be(1);
        (await CountAsync("MATCH (n) RETURN count(n) AS n")).Should().Be(0);
    }

    private static ScriptFile Script(string name, string text) => ScriptFile.FromText(name, "cypher/" + name, text);

    private Task<IReadOnlyList<ScriptReport>> LoadAsync(params ScriptFile[] scripts) =>
        new ScriptLoader(database).LoadAsync(scripts, new LoadOptions("test"));

    private async Task<long> CountAsync(string query)
    {
        await using var session = database.OpenSession();
        var result = await session.RunAsync(query);
        return result.Single().Get<long>("n");
    }
}
