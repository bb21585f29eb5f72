using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Export;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Cypher;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Domain;

/// <summary>
/// <c>Database:MaxRows</c> caps rows returned to a client by one query; the system's own work (load, dump, validate,
/// lineage, search's candidates) reads as much as it needs (issue #11: beyond the limit every one of them failed).
/// </summary>
public sealed class SystemWorkRowLimitTests : IAsyncLifetime
{
    private const long MaxRows = 5;

    private readonly EmbeddedGraphDatabase database = EmbeddedGraphDatabase.CreateInMemory(
        new EmbeddedDatabaseOptions(DefaultLimits: new QueryLimits(MaxRows: MaxRows)));

    private IReadOnlyList<ScriptReport> seed = [];

    public async Task InitializeAsync() =>
        seed = await new ScriptLoader(database).LoadAsync(ScriptFile.Collect([RepositoryPaths.SeedScripts]), new LoadOptions("seed"));

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public void The_seed_scripts_load_under_a_row_limit_far_below_the_graph()
    {
        seed.Should().OnlyContain(r => r.Outcome == ScriptOutcome.Applied, string.Join("; ", seed.Select(r => r.Error)));
    }

    [Fact]
    public async Task Dump_validate_lineage_and_search_read_past_the_row_limit()
    {
        var dump = new StringWriter();
        var summary = await new GraphDumper(database).DumpAsync(dump);
        summary.Nodes.Should().BeGreaterThan((int)MaxRows);

        (await new GraphValidator(database).ValidateAsync()).Should().BeEmpty();
        var batches = await new LineageService(database).BatchesAsync();
        var lineages = await Task.WhenAll(batches.Where(b => b.Kind == "script").Select(b => new LineageService(database).LineageAsync(b.Batch)));
        lineages.Max(l => l.Nodes.Count).Should().BeGreaterThan((int)MaxRows);
        (await new SearchService(database).SearchAsync("space")).Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_client_query_over_the_row_limit_fails_and_names_the_limit()
    {
        await using var session = database.OpenSession();

        var refusal = await FluentActions.Awaiting(() => session.RunAsync("MATCH (n) RETURN n.key")).Should().ThrowAsync<CypherException>();
        refusal.Which.Kind.Should().Be(CypherErrorKind.ResultLimitExceeded);
        refusal.Which.Message.Should().Contain($"limit of {MaxRows} rows");
        (await session.RunAsync("MATCH (n) RETURN count(n) AS n")).Single().Get<long>("n").Should().BeGreaterThan(MaxRows,
            "the limit counts rows returned, not rows scanned");
    }
}
