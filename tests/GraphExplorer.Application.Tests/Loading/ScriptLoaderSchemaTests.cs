using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// Schema commands run apart from a file's queries, each in its own transaction, because Neo4j refuses them in one
/// transaction with data (the Query API emulator refuses them too, so these run the same way on every test backend).
/// </summary>
public sealed class ScriptLoaderSchemaTests : IAsyncLifetime
{
    private IGraphDatabase database = null!;

    public async Task InitializeAsync() => database = await TestBackend.CreateDatabaseAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Schema_commands_before_and_after_the_queries_apply_with_them()
    {
        var reports = await LoadAsync(Script("001.cypher", """
            CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
            CREATE INDEX temp_index IF NOT EXISTS FOR (n:Person) ON (n.temp);
            CREATE (:Person {key: 'ada', temp: 1});
            MATCH (p:Person) REMOVE p.temp;
            DROP INDEX temp_index IF EXISTS;
            """));

        reports.Single().Outcome.Should().Be(ScriptOutcome.Applied, reports.Single().Error?.ToString());
        reports.Single().Statistics.ConstraintsAdded.Should().Be(1);
        reports.Single().Statistics.NodesCreated.Should().Be(1);
        (await SchemaNamesAsync()).Should().Contain("person_key").And.NotContain("temp_index");
        (await CountAsync("MATCH (p:Person {key: 'ada'}) RETURN count(p) AS n")).Should().Be(1);
    }

    [Fact]
    public async Task A_schema_command_between_queries_is_refused_before_anything_runs()
    {
        var reports = await LoadAsync(Script("001.cypher", """
            CREATE (:Person {key: 'ada'});

              CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
            CREATE (:Person {key: 'grace'});
            """));

        var report = reports.Single();
        report.Outcome.Should().Be(ScriptOutcome.Failed);
        (report.Error!.Line, report.Error.Column).Should().Be((3, 3));
        report.Error.Message.Should().StartWith("SchemaCommandAmongQueries");
        (await CountAsync("MATCH (n) RETURN count(n) AS n")).Should().Be(0);
        (await SchemaNamesAsync()).Should().NotContain("person_name");
    }

    [Fact]
    public async Task When_the_queries_fail_the_schema_before_them_stays_and_a_fixed_rerun_applies()
    {
        var failing = Script("001.cypher", """
            CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
            CREATE (:Person {key: 'ada'});
            MATCH (p:Person) RETURN q.name;
            """);

        var failed = await LoadAsync(failing);

        failed.Single().Outcome.Should().Be(ScriptOutcome.Failed);
        failed.Single().Error!.Line.Should().Be(3);
        (await CountAsync("MATCH (n:Person) RETURN count(n) AS n")).Should().Be(0, "the queries ran in one transaction that was rolled back");
        (await SchemaNamesAsync()).Should().Contain("person_key", "the schema command before the queries committed on its own");

        var fixedScript = Script("001.cypher", """
            CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
            CREATE (:Person {key: 'ada'});
            """);
        (await LoadAsync(fixedScript)).Single().Outcome.Should().Be(ScriptOutcome.Applied);
        (await CountAsync("MATCH (n:Person) RETURN count(n) AS n")).Should().Be(1);
    }

    [Fact]
    public async Task A_schema_only_script_is_recorded_and_not_run_twice()
    {
        var schema = Script("000_schema.cypher", "CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);");

        (await LoadAsync(schema)).Single().Outcome.Should().Be(ScriptOutcome.Applied);
        (await LoadAsync(schema)).Single().Outcome.Should().Be(ScriptOutcome.Unchanged);
        (await CountAsync($"MATCH (s:{ScriptLoader.AppliedScriptLabel} {{name: '000_schema.cypher'}}) RETURN count(s) AS n")).Should().Be(1);
    }

    [Fact]
    public async Task A_dry_run_leaves_neither_schema_nor_data()
    {
        var reports = await new ScriptLoader(database).LoadAsync(
            [Script("001.cypher", "CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);\nCREATE (:Person {name: 'Ada'});")],
            new LoadOptions("test", DryRun: true));

        reports.Single().Outcome.Should().Be(ScriptOutcome.WouldApply);
        reports.Single().Statistics.IndexesAdded.Should().Be(1);
        reports.Single().Statistics.NodesCreated.Should().Be(1);
        (await SchemaNamesAsync()).Should().NotContain("person_name");
        (await CountAsync("MATCH (n) RETURN count(n) AS n")).Should().Be(0);
    }

    private static ScriptFile Script(string name, string text) => ScriptFile.FromText(name, "cypher/" + name, text);

    private Task<IReadOnlyList<ScriptReport>> LoadAsync(params ScriptFile[] scripts) =>
        new ScriptLoader(database).LoadAsync(scripts, new LoadOptions("test"));

    private async Task<IReadOnlyList<string>> SchemaNamesAsync()
    {
        await using var session = database.OpenSession();
        var indexes = await session.RunAsync("SHOW INDEXES");
        var constraints = await session.RunAsync("SHOW CONSTRAINTS");
        return [.. indexes.Concat(constraints).Select(r => r.Get<string>("name"))];
    }

    private async Task<long> CountAsync(string query)
    {
        await using var session = database.OpenSession();
        return (await session.RunAsync(query)).Single().Get<long>("n");
    }
}
