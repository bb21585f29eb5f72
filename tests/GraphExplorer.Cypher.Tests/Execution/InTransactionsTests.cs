using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>
/// <c>CALL { … } IN TRANSACTIONS</c> on the embedded engine: each batch commits on its own (Cypher manual,
/// "CALL subqueries in transactions"). What a TCK scenario cannot show lives here: a failure after some batches
/// committed, the refusal inside an explicit transaction, the durability of each batch.
/// </summary>
public sealed class InTransactionsTests
{
    [Fact]
    public async Task Batches_committed_before_a_failing_batch_stay_committed()
    {
        await using var db = new TestDatabase();
        var error = db.Fails("UNWIND [1, 2, 0, 3] AS i CALL (i) { CREATE (:N {v: 10 / i}) } IN TRANSACTIONS OF 2 ROWS");

        error.Kind.Should().Be(CypherErrorKind.ArithmeticError);
        db.Column("MATCH (n:N) RETURN n.v ORDER BY n.v").Should().Equal(5L, 10L);
    }

    [Fact]
    public async Task Each_batch_is_visible_to_other_readers_once_committed()
    {
        await using var db = new TestDatabase();
        var seen = new List<long>();
        db.Database.RegisterProcedure(
            "test.countOthers",
            [],
            [("count", "INTEGER?")],
            _ => [[db.Scalar("MATCH (n:N) RETURN count(n)")]]);

        // The outer rows after the CALL read, through another session, what the batches committed so far.
        foreach (var record in db.Run(
            "UNWIND range(1, 4) AS i CALL (i) { CREATE (:N {v: i}) } IN TRANSACTIONS OF 2 ROWS " +
            "CALL test.countOthers() YIELD count RETURN count"))
        {
            seen.Add((long)record[0]!);
        }

        seen.Should().Equal(2L, 2L, 4L, 4L);
    }

    [Fact]
    public async Task An_explicit_transaction_refuses_it_with_Neo4js_message()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await using var tx = await db.OpenSession().BeginTransactionAsync();
        var run = () => tx.RunAsync("UNWIND [1] AS i CALL (i) { CREATE (:N) } IN TRANSACTIONS");

        var error = (await run.Should().ThrowAsync<CypherException>()).Which;
        error.Kind.Should().Be(CypherErrorKind.TransactionError);
        error.Message.Should().Contain("can only be executed in an implicit transaction, but tried to execute in an explicit transaction");
    }

    [Fact]
    public async Task Statistics_count_the_committed_batches_only()
    {
        await using var db = new TestDatabase();
        var result = db.Run(
            "UNWIND [1, 0, 2] AS i CALL (i) { CREATE (:N {v: 1 / i}) } IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE");

        result.Statistics.NodesCreated.Should().Be(2);
        db.Scalar("MATCH (n:N) RETURN count(n)").Should().Be(2L);
    }

    [Fact]
    public async Task Each_batch_is_durable_on_its_own()
    {
        var folder = Directory.CreateTempSubdirectory("in-transactions-").FullName;
        try
        {
            await using (var db = EmbeddedGraphDatabase.Open(folder))
            {
                var run = () => db.OpenSession().RunAsync(
                    "UNWIND [1, 2, 0] AS i CALL (i) { CREATE (:N {v: 1 / i}) } IN TRANSACTIONS OF 1 ROW");
                await run.Should().ThrowAsync<CypherException>();
            }

            await using var reopened = EmbeddedGraphDatabase.Open(folder);
            var count = await reopened.OpenSession().RunAsync("MATCH (n:N) RETURN count(n) AS c");
            count[0][0].Should().Be(2L);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
