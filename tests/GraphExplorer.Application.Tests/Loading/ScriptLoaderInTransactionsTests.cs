using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// A statement with <c>CALL { … } IN TRANSACTIONS</c> commits its batches itself, which Neo4j allows only in an
/// implicit transaction (Cypher manual, "CALL subqueries in transactions"): the loader runs it on its own, outside the
/// file's transaction, placed like a schema command, and says so in the report.
/// </summary>
public sealed class ScriptLoaderInTransactionsTests : IAsyncLifetime
{
    private IGraphDatabase database = null!;

    public async Task InitializeAsync() => database = await TestBackend.CreateDatabaseAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task It_runs_on_its_own_before_the_queries_and_the_report_says_so()
    {
        var report = (await LoadAsync(Script("001.cypher", """
            UNWIND range(1, 5) AS i
            CALL (i) { MERGE (:Person {key: 'p' + i}) } IN TRANSACTIONS OF 2 ROWS;
            MATCH (p:Person {key: 'p1'}) SET p.name = 'Ada';
            """))).Single();

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Statistics.NodesCreated.Should().Be(5);
        report.Notes.Should().ContainSingle().Which.Should().Contain("statement 1 (line 1) ran on its own with CALL { … } IN TRANSACTIONS");
        (await CountAsync("MATCH (p:Person {name: 'Ada'}) RETURN count(p) AS n")).Should().Be(1);
        (await CountAsync($"MATCH (p:Person) WHERE p.{Lineage.BatchProperty} STARTS WITH 'script:001.cypher@' RETURN count(p) AS n"))
            .Should().Be(5, "what the statement created carries the file's batch like the rest");
    }

    [Fact]
    public async Task Between_two_queries_it_is_refused_before_anything_runs()
    {
        var report = (await LoadAsync(Script("001.cypher", """
            CREATE (:Person {key: 'ada'});
            UNWIND [1] AS i CALL (i) { CREATE (:Person {key: 'x'}) } IN TRANSACTIONS;
            CREATE (:Person {key: 'grace'});
            """))).Single();

        report.Outcome.Should().Be(ScriptOutcome.Failed);
        report.Error!.Line.Should().Be(2);
        report.Error.Message.Should().StartWith("InTransactionsAmongQueries");
        (await CountAsync("MATCH (n) RETURN count(n) AS n")).Should().Be(0);
    }

    [Fact]
    public async Task When_it_fails_the_batches_it_committed_stay_and_the_report_says_so()
    {
        var report = (await LoadAsync(Script("001.cypher", """
            UNWIND [1, 2, 0] AS i
            CALL (i) { CREATE (:Person {share: 10 / i}) } IN TRANSACTIONS OF 1 ROW;
            CREATE (:Person {key: 'ada'});
            """))).Single();

        report.Outcome.Should().Be(ScriptOutcome.Failed);
        report.Notes.Should().ContainSingle().Which.Should().Contain("the batches it committed before the failure stay applied");
        (await CountAsync("MATCH (p:Person) WHERE p.share IS NOT NULL RETURN count(p) AS n")).Should().Be(2);
        (await CountAsync("MATCH (p:Person {key: 'ada'}) RETURN count(p) AS n")).Should().Be(0, "the file's queries did not run");
    }

    [Fact]
    public async Task A_dry_run_does_not_run_it_and_says_so()
    {
        var report = (await new ScriptLoader(database).LoadAsync(
            [Script("001.cypher", "UNWIND [1, 2] AS i CALL (i) { CREATE (:Person {i: i}) } IN TRANSACTIONS;\nCREATE (:Person {key: 'ada'});")],
            new LoadOptions("test", DryRun: true))).Single();

        report.Outcome.Should().Be(ScriptOutcome.WouldApply);
        report.Notes.Should().ContainSingle().Which.Should().Contain("was not run");
        (await CountAsync("MATCH (n) RETURN count(n) AS n")).Should().Be(0);
    }

    private static ScriptFile Script(string name, string text) => ScriptFile.FromText(name, "cypher/" + name, text);

    private Task<IReadOnlyList<ScriptReport>> LoadAsync(params ScriptFile[] scripts) =>
        new ScriptLoader(database).LoadAsync(scripts, new LoadOptions("test"));

    private async Task<long> CountAsync(string query)
    {
        await using var session = database.OpenSession();
        return (await session.RunAsync(query)).Single().Get<long>("n");
    }
}
