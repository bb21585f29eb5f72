using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class TransactionTests
{
    [Fact]
    public async Task Queries_of_an_explicit_transaction_see_each_other_and_others_see_nothing_until_commit()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var session = db.OpenSession();
        var other = db.OpenSession();
        await using var tx = await session.BeginTransactionAsync();
        await tx.RunAsync("CREATE (:Item {n: 1})");
        (await tx.RunAsync("MATCH (i:Item) RETURN count(i)"))[0][0].Should().Be(1L);
        (await other.RunAsync("MATCH (i:Item) RETURN count(i)"))[0][0].Should().Be(0L, "uncommitted writes are invisible to readers");

        await tx.CommitAsync();
        (await other.RunAsync("MATCH (i:Item) RETURN count(i)"))[0][0].Should().Be(1L);
    }

    [Fact]
    public async Task Rollback_and_dispose_discard_the_writes()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var session = db.OpenSession();
        var tx = await session.BeginTransactionAsync();
        await tx.RunAsync("CREATE (:Item)");
        await tx.RollbackAsync();
        await using (var disposed = await session.BeginTransactionAsync())
        {
            await disposed.RunAsync("CREATE (:Item)");
        }

        (await session.RunAsync("MATCH (i:Item) RETURN count(i)"))[0][0].Should().Be(0L);
        (await session.RunAsync("CREATE (:Item)")).Statistics.NodesCreated.Should().Be(1, "the write lock was released");
    }

    [Fact]
    public async Task A_failed_query_marks_the_transaction_failed()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var session = db.OpenSession();
        var tx = await session.BeginTransactionAsync();
        await tx.RunAsync("CREATE (:Item)");
        var failing = () => tx.RunAsync("RETURN 1 / 0");
        await failing.Should().ThrowAsync<CypherException>();

        var next = () => tx.RunAsync("RETURN 1");
        (await next.Should().ThrowAsync<CypherException>()).Which.Kind.Should().Be(CypherErrorKind.TransactionError);
        var commit = () => tx.CommitAsync();
        await commit.Should().ThrowAsync<CypherException>();
        (await session.RunAsync("MATCH (i:Item) RETURN count(i)"))[0][0].Should().Be(0L);
    }

    [Fact]
    public async Task A_read_transaction_refuses_writes()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var tx = await db.OpenSession().BeginTransactionAsync(AccessMode.Read);
        var write = () => tx.RunAsync("CREATE ()");
        (await write.Should().ThrowAsync<CypherException>()).Which.Kind.Should().Be(CypherErrorKind.TransactionError);
        await tx.RollbackAsync();
    }

    [Fact]
    public async Task Readers_are_not_blocked_by_an_open_writer()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.OpenSession().RunAsync("CREATE (:Item {n: 1})");
        var writer = await db.OpenSession().BeginTransactionAsync();
        await writer.RunAsync("MATCH (i:Item) SET i.n = 2");

        var read = db.OpenSession().RunAsync("MATCH (i:Item) RETURN i.n");
        (await read.WaitAsync(TimeSpan.FromSeconds(30)))[0][0].Should().Be(1L);
        await writer.CommitAsync();
        (await db.OpenSession().RunAsync("MATCH (i:Item) RETURN i.n"))[0][0].Should().Be(2L);
    }

    [Fact]
    public async Task Query_limits_stop_long_and_large_queries()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var setup = db.OpenSession();
        await setup.RunAsync("UNWIND range(1, 12) AS i CREATE (:K {i: i})");
        await setup.RunAsync("MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:E]->(b)");

        var limited = db.OpenSession(new SessionOptions(Limits: new QueryLimits(Timeout: TimeSpan.FromMilliseconds(200))));
        var slow = () => limited.RunAsync("MATCH p = (:K {i: 1})-[:E*]->() RETURN count(p)");
        (await slow.Should().ThrowAsync<CypherException>()).Which.Kind.Should().Be(CypherErrorKind.QueryTimeout);

        var capped = db.OpenSession(new SessionOptions(Limits: new QueryLimits(MaxRows: 5)));
        var many = () => capped.RunAsync("MATCH (k:K) RETURN k");
        (await many.Should().ThrowAsync<CypherException>()).Which.Kind.Should().Be(CypherErrorKind.ResultLimitExceeded);
        (await capped.RunAsync("MATCH (k:K) RETURN k LIMIT 5")).Should().HaveCount(5);
    }

    [Fact]
    public async Task Schema_commands_create_and_show_indexes_and_constraints()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var session = db.OpenSession();
        (await session.RunAsync("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE")).Statistics.ConstraintsAdded.Should().Be(1);
        (await session.RunAsync("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE")).Statistics.ConstraintsAdded.Should().Be(0);
        (await session.RunAsync("CREATE INDEX person_name FOR (p:Person) ON (p.name)")).Statistics.IndexesAdded.Should().Be(1);
        (await session.RunAsync("SHOW INDEXES")).Select(r => r["name"]).Should().Equal("person_id", "person_name");
        (await session.RunAsync("SHOW CONSTRAINTS")).Select(r => r["name"]).Should().Equal("person_id");

        await session.RunAsync("CREATE (:Person {id: 1})");
        var duplicate = () => session.RunAsync("CREATE (:Person {id: 1})");
        (await duplicate.Should().ThrowAsync<CypherException>()).Which.Kind.Should().Be(CypherErrorKind.ConstraintValidationFailed);
        (await session.RunAsync("MATCH (p:Person) RETURN count(p)"))[0][0].Should().Be(1L);

        (await session.RunAsync("DROP CONSTRAINT person_id")).Statistics.ConstraintsRemoved.Should().Be(1);
        (await session.RunAsync("DROP INDEX person_name")).Statistics.IndexesRemoved.Should().Be(1);
        (await session.RunAsync("DROP INDEX person_name IF EXISTS")).Statistics.IndexesRemoved.Should().Be(0);
        (await session.RunAsync("SHOW INDEXES")).Should().BeEmpty();
    }
}
