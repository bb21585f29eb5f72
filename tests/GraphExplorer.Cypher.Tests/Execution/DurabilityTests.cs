using GraphExplorer.Cypher.Storage;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class DurabilityTests
{
    [Fact]
    public async Task A_database_replays_what_its_storage_recovered_and_appends_each_commit()
    {
        var storage = new MemoryStorage();
        await using (var db = EmbeddedGraphDatabase.Create(storage))
        {
            await db.OpenSession().RunAsync("CREATE (:City {name: 'Luxembourg'})-[:IN]->(:Country {name: 'LU'})");
            await db.OpenSession().RunAsync("MATCH (c:City) SET c.population = 130000");
            await db.OpenSession().RunAsync("MATCH (c:City) RETURN c"); // reads append nothing
        }

        storage.Batches.Should().HaveCount(2);
        await using var reopened = EmbeddedGraphDatabase.Create(new MemoryStorage(storage.Batches));
        var result = await reopened.OpenSession().RunAsync("MATCH (c:City)-[:IN]->(k) RETURN c.population, k.name");
        result[0].Values.Should().Equal(130000L, "LU");
    }

    [Fact]
    public async Task A_failed_append_publishes_nothing_and_releases_the_writer()
    {
        var storage = new MemoryStorage { FailNextAppend = true };
        await using var db = EmbeddedGraphDatabase.Create(storage);
        var session = db.OpenSession();
        var write = () => session.RunAsync("CREATE (:Lost)");
        (await write.Should().ThrowAsync<CypherException>()).Which.Detail.Should().Be("CommitFailed");
        (await session.RunAsync("MATCH (n) RETURN count(n)"))[0][0].Should().Be(0L);

        var next = session.RunAsync("CREATE (:Kept)");
        (await next.WaitAsync(TimeSpan.FromSeconds(30))).Statistics.NodesCreated.Should().Be(1);
        var other = db.OpenSession().RunAsync("CREATE (:Also)");
        (await other.WaitAsync(TimeSpan.FromSeconds(30))).Statistics.NodesCreated.Should().Be(1, "exactly one writer slot remains");
    }

    private sealed class MemoryStorage(List<IReadOnlyList<GraphMutation>>? recovered = null) : IDurableStorage
    {
        public List<IReadOnlyList<GraphMutation>> Batches { get; } = recovered?.ToList() ?? new();

        public bool FailNextAppend { get; set; }

        public bool ShouldCompact => false;

        public IEnumerable<IReadOnlyList<GraphMutation>> Recover() => Batches.ToList();

        public void Append(IReadOnlyList<GraphMutation> transaction)
        {
            if (FailNextAppend)
            {
                FailNextAppend = false;
                throw new IOException("disk full");
            }

            Batches.Add(transaction.ToList());
        }

        public void Compact(IEnumerable<GraphMutation> state)
        {
        }

        public void Dispose()
        {
        }
    }
}
