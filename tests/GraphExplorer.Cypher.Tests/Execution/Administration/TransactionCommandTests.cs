using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution.Administration;

/// <summary>
/// <c>SHOW TRANSACTIONS</c> and <c>TERMINATE TRANSACTIONS</c> (Operations manual, "Manage transactions"): every open
/// transaction of the database, from any session, with Neo4j's columns; terminating one stops it with Neo4j's
/// Transaction terminated error (Neo.ClientError.Transaction.Terminated, GQLSTATUS 25N14).
/// </summary>
public sealed class TransactionCommandTests
{
    private const string Endless = "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND range(1, 3000) AS c RETURN count(*) AS n";

    [Fact]
    public async Task Show_transactions_lists_open_transactions_with_neo4j_s_default_columns()
    {
        var db = new TestDatabase();
        await using var session = db.Database.OpenSession(new SessionOptions(Client: new ClientInfo("bolt-7", "10.0.0.5:50212", "steward")));
        await using var open = await session.BeginTransactionAsync();
        await open.RunAsync("RETURN 1 AS one");

        var result = db.Run("SHOW TRANSACTIONS");

        result.Keys.Should().Equal(
            "database", "transactionId", "currentQueryId", "connectionId", "clientAddress", "username", "currentQuery", "startTime", "status", "elapsedTime");
        result.Should().HaveCount(2, "the open transaction and the SHOW statement's own");
        var idle = result.Single(r => (string)r["connectionId"]! == "bolt-7");
        idle["transactionId"].Should().BeOfType<string>().Which.Should().MatchRegex("^neo4j-transaction-[0-9]+$");
        new[] { idle["database"], idle["clientAddress"], idle["username"], idle["currentQuery"], idle["status"] }
            .Should().Equal("neo4j", "10.0.0.5:50212", "steward", "", "Running");
        idle["startTime"].Should().BeOfType<string>().Which.Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        idle["elapsedTime"].Should().BeOfType<Database.Values.CypherDuration>();
        var own = result.Single(r => (string)r["currentQuery"]! == "SHOW TRANSACTIONS");
        own["currentQueryId"].Should().BeOfType<string>().Which.Should().StartWith("query-");
    }

    [Fact]
    public async Task A_committed_transaction_is_no_longer_listed()
    {
        var db = new TestDatabase();
        await using var session = db.Database.OpenSession();
        var open = await session.BeginTransactionAsync();
        var id = (string)db.Run("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery = '' RETURN transactionId").Single()[0]!;
        await open.CommitAsync();

        db.Run("SHOW TRANSACTIONS $id", new { id }).Should().BeEmpty();
    }

    [Fact]
    public async Task Terminating_an_open_transaction_fails_its_next_statement_and_its_commit()
    {
        var db = new TestDatabase();
        await using var session = db.Database.OpenSession();
        await using var open = await session.BeginTransactionAsync();
        await open.RunAsync("CREATE (:Draft)");
        var id = (string)db.Run("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery = '' RETURN transactionId").Single()[0]!;

        var answer = db.Run($"TERMINATE TRANSACTIONS '{id}'").Single();
        answer.Keys.Should().Equal("transactionId", "username", "message");
        answer["message"].Should().Be("Transaction terminated.");

        var error = (await FluentActions.Awaiting(() => open.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>()).Which;
        error.Detail.Should().Be("Terminated");
        Neo4jStatus.CodeOf(error).Should().Be("Neo.ClientError.Transaction.Terminated");
        error.GqlStatus!.Code.Should().Be("25N14");
        await FluentActions.Awaiting(() => open.CommitAsync()).Should().ThrowAsync<CypherException>();
        db.Scalar("MATCH (d:Draft) RETURN count(d)").Should().Be(0L, "a terminated transaction applies nothing");
    }

    [Fact]
    public async Task Terminating_a_running_statement_stops_it()
    {
        var db = new TestDatabase();
        var running = Task.Run(() => db.Run(Endless));
        string? id = null;
        for (var attempt = 0; attempt < 200 && id is null; attempt++)
        {
            id = db.Run("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery = $q RETURN transactionId", new { q = Endless })
                .Select(r => (string?)r[0]).SingleOrDefault();
            await Task.Delay(25);
        }

        id.Should().NotBeNull("the statement shows while it runs");
        db.Run("TERMINATE TRANSACTION $id YIELD message", new { id }).Single()[0].Should().Be("Transaction terminated.");
        (await FluentActions.Awaiting(() => running).Should().ThrowAsync<CypherException>()).Which.Detail.Should().Be("Terminated");
    }

    [Fact]
    public async Task A_reader_may_not_terminate_another_user_s_transaction()
    {
        var db = new TestDatabase();
        await using var stewardSession = db.Database.OpenSession(new SessionOptions(Client: new ClientInfo("bolt-1", "", "steward")));
        await using var stewards = await stewardSession.BeginTransactionAsync();
        var id = (string)db.Run("SHOW TRANSACTIONS YIELD transactionId, username WHERE username = 'steward' RETURN transactionId").Single()[0]!;
        await using var readerSession = db.Database.OpenSession(new SessionOptions(Client: new ClientInfo("bolt-2", "", "reader")));
        await using var reader = await readerSession.BeginTransactionAsync(AccessMode.Read);

        var error = (await FluentActions.Awaiting(() => reader.RunAsync($"TERMINATE TRANSACTIONS '{id}'")).Should().ThrowAsync<CypherException>()).Which;

        error.Kind.Should().Be(CypherErrorKind.Forbidden);
        error.GqlStatus!.Code.Should().Be("42NFF");
        (await stewards.RunAsync("RETURN 1 AS one")).Single()[0].Should().Be(1L, "the steward's transaction still runs");
    }

    [Fact]
    public void An_unknown_id_is_not_found_and_terminate_needs_ids()
    {
        var db = new TestDatabase();
        db.Run("TERMINATE TRANSACTIONS 'neo4j-transaction-999999'").Single()["message"].Should().Be("Transaction not found.");
        db.Fails("TERMINATE TRANSACTIONS").Kind.Should().Be(CypherErrorKind.SyntaxError);
    }
}
