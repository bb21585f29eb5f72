using System.Net;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;
using GraphExplorer.Neo4j.Tests.Support;

namespace GraphExplorer.Neo4j.Tests;

/// <summary>Explicit transactions: begin, run, commit, rollback, affinity, expiry and keep-alive.</summary>
public sealed class Neo4jTransactionTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    private readonly FakeQueryApi api = new();

    [Fact]
    public async Task Begins_runs_and_commits_echoing_the_cluster_affinity()
    {
        api.Respond(Samples.TransactionBegun(), affinity: Affinity)
            .Respond(Samples.TransactionRun(), affinity: Affinity)
            .Respond(Samples.Committed, affinity: Affinity);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession(new SessionOptions(Bookmarks: ["FB:before"]));

        await using var transaction = await session.BeginTransactionAsync(AccessMode.Read);
        var result = await transaction.RunAsync("MERGE (n:Person {name: $name, age: $age}) RETURN n AS bob", new Dictionary<string, object?> { ["name"] = "Bob", ["age"] = 43 });
        await transaction.CommitAsync();

        var requests = api.Requests;
        requests.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/lyU",
            "POST /db/neo4j/query/v2/tx/lyU/commit");
        requests[0].Header("neo4j-cluster-affinity").Should().BeNull();
        requests[0].Json.GetProperty("accessMode").GetString().Should().Be("Read");
        requests[0].Json.GetProperty("bookmarks")[0].GetString().Should().Be("FB:before");
        requests[0].Json.TryGetProperty("statement", out _).Should().BeFalse();
        requests[1].Header("neo4j-cluster-affinity").Should().Be(Affinity);
        requests[1].Json.GetProperty("parameters").GetProperty("age").GetProperty("_value").GetString().Should().Be("43");
        requests[1].Json.TryGetProperty("accessMode", out _).Should().BeFalse("the access mode belongs to the begin");
        requests[2].Header("neo4j-cluster-affinity").Should().Be(Affinity);

        result.Keys.Should().Equal("bob");
        result[0]["bob"].Should().BeOfType<CypherNode>().Which.Properties["age"].Should().Be(43L);
        result.Statistics.NodesCreated.Should().Be(1);
        result.Bookmark.Should().BeNull("work in an open transaction has no bookmark until it commits");
    }

    [Fact]
    public async Task Keeps_the_commit_bookmark_for_the_next_query_of_the_session()
    {
        api.Respond(Samples.TransactionBegun()).Respond(Samples.Committed).Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        await using (var transaction = await session.BeginTransactionAsync())
        {
            await transaction.CommitAsync();
        }

        await session.RunAsync("RETURN 1 AS ok");

        api.Requests[2].Json.GetProperty("bookmarks")[0].GetString().Should().Be("FB:committed");
    }

    [Fact]
    public async Task Rolls_back_with_delete_echoing_the_affinity()
    {
        api.Respond(Samples.TransactionBegun(), affinity: Affinity).Respond(Samples.Empty, affinity: Affinity);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        await using var transaction = await session.BeginTransactionAsync();
        await transaction.RollbackAsync();
        await transaction.RollbackAsync();

        var rollback = api.Requests.Should().HaveCount(2, "a second rollback has nothing left to do").And.Subject.Last();
        rollback.Method.Should().Be(HttpMethod.Delete);
        rollback.Path.Should().Be("/db/neo4j/query/v2/tx/lyU");
        rollback.Header("neo4j-cluster-affinity").Should().Be(Affinity);
        rollback.Body.Should().BeNull();
    }

    [Fact]
    public async Task Rolls_back_when_disposed_open()
    {
        api.Respond(Samples.TransactionBegun()).Respond(Samples.Empty);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var transaction = await session.BeginTransactionAsync();
        await transaction.DisposeAsync();

        api.Requests.Last().Method.Should().Be(HttpMethod.Delete);
    }

    [Fact]
    public async Task Does_not_roll_back_when_disposed_after_commit()
    {
        api.Respond(Samples.TransactionBegun()).Respond(Samples.Committed);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var transaction = await session.BeginTransactionAsync();
        await transaction.CommitAsync();
        await transaction.DisposeAsync();

        api.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Fails_queries_after_commit()
    {
        api.Respond(Samples.TransactionBegun()).Respond(Samples.Committed);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();
        await transaction.CommitAsync();

        (await FluentActions.Awaiting(() => transaction.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>())
            .Which.Detail.Should().Be("TransactionClosed");
        (await FluentActions.Awaiting(() => transaction.RollbackAsync()).Should().ThrowAsync<CypherException>())
            .Which.Kind.Should().Be(CypherErrorKind.TransactionError);
    }

    [Fact]
    public async Task Reports_a_transaction_expired_on_the_server()
    {
        api.Respond(Samples.TransactionBegun()).Respond(Samples.TransactionNotFound, HttpStatusCode.NotFound, mediaType: "application/json");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        var exception = (await FluentActions.Awaiting(() => transaction.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.TransactionError);
        exception.Detail.Should().Be("TransactionExpired");
        exception.Neo4jCode.Should().Be("Neo.ClientError.Request.Invalid");
        exception.Message.Should().Contain("'lyU'").And.Contain("none of its work was applied");
        (await FluentActions.Awaiting(() => transaction.CommitAsync()).Should().ThrowAsync<CypherException>())
            .Which.Detail.Should().Be("TransactionExpired");
        await transaction.RollbackAsync();
        api.Requests.Should().HaveCount(2, "an expired transaction was already rolled back by the server");
    }

    [Fact]
    public async Task Allows_only_rollback_after_a_failed_statement_and_never_reruns_it()
    {
        api.Respond(Samples.TransactionBegun())
            .Respond(Samples.TransientDeadlock)
            .Respond(Samples.TransactionNotFound);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        (await FluentActions.Awaiting(() => transaction.RunAsync("MATCH (n) SET n.x = 1")).Should().ThrowAsync<CypherException>())
            .Which.Kind.Should().Be(CypherErrorKind.TransientError);
        (await FluentActions.Awaiting(() => transaction.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>())
            .Which.Detail.Should().Be("TransactionClosed");
        await transaction.RollbackAsync();

        api.Requests.Where(r => r.Body?.Contains("SET n.x", StringComparison.Ordinal) == true).Should().HaveCount(1);
        api.Requests.Last().Method.Should().Be(HttpMethod.Delete);
    }

    [Fact]
    public async Task Never_retries_a_commit_whose_answer_was_lost()
    {
        api.Respond(Samples.TransactionBegun())
            .Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."))
            .Respond(Samples.Empty);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        var exception = (await FluentActions.Awaiting(() => transaction.CommitAsync()).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.TransactionError);
        exception.Detail.Should().Be("CommitOutcomeUnknown");
        exception.IsTransient.Should().BeFalse();
        await transaction.DisposeAsync();
        api.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Should().Be(1);
        api.Requests.Last().Method.Should().Be(HttpMethod.Delete, "a commit that may not have arrived leaves the transaction to roll back");
    }

    [Fact]
    public async Task Retries_a_begin_that_hit_a_transient_error()
    {
        api.Respond(Samples.Error("Neo.TransientError.General.DatabaseUnavailable", "The database is starting."))
            .Respond(Samples.TransactionBegun())
            .Respond(Samples.Empty);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        await using var transaction = await session.BeginTransactionAsync();

        api.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Path == "/db/neo4j/query/v2/tx");
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task Explains_a_404_on_begin_as_a_server_without_explicit_transactions()
    {
        api.RespondText("Not Found", HttpStatusCode.NotFound, "text/plain");
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        (await FluentActions.Awaiting(() => session.BeginTransactionAsync()).Should().ThrowAsync<CypherException>())
            .Which.Message.Should().Contain("explicit transactions").And.Contain("5.26");
    }

    [Fact]
    public async Task Keeps_an_idle_transaction_alive_with_the_affinity_header()
    {
        var keepAlives = 0;
        api.Intercept = request =>
        {
            if (request.Body?.Contains("RETURN 1", StringComparison.Ordinal) != true)
            {
                return null;
            }

            Interlocked.Increment(ref keepAlives);
            return FakeQueryApi.Response(Samples.TransactionRun(), affinity: Affinity);
        };
        api.Respond(Samples.TransactionBegun(expires: FarFuture()), affinity: Affinity).Respond(Samples.Committed);
        await using var database = TestDatabase.Create(api, o => new Neo4jOptions
        {
            Uri = o.Uri, User = o.User, Password = o.Password, TransactionKeepAlive = TimeSpan.FromMilliseconds(30),
        });
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        await WaitUntil(() => Volatile.Read(ref keepAlives) >= 2);
        await transaction.CommitAsync();

        var keepAlive = api.Requests.First(r => r.Body?.Contains("RETURN 1", StringComparison.Ordinal) == true);
        keepAlive.Method.Should().Be(HttpMethod.Post);
        keepAlive.Path.Should().Be("/db/neo4j/query/v2/tx/lyU");
        keepAlive.Header("neo4j-cluster-affinity").Should().Be(Affinity);
        api.Requests.Last().Path.Should().EndWith("/commit");
    }

    [Fact]
    public async Task Sends_a_keep_alive_before_the_expiry_the_server_reported()
    {
        var keepAlives = 0;
        api.Intercept = request =>
        {
            if (request.Body?.Contains("RETURN 1", StringComparison.Ordinal) != true)
            {
                return null;
            }

            Interlocked.Increment(ref keepAlives);
            return FakeQueryApi.Response(Samples.TransactionRun(expires: FarFuture()));
        };

        // The configured keep-alive is an hour away; the server's expiry, 300 ms.
        var soon = DateTimeOffset.UtcNow.AddMilliseconds(300).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        api.Respond(Samples.TransactionBegun(expires: soon)).Respond(Samples.Committed);
        await using var database = TestDatabase.Create(api, o => new Neo4jOptions
        {
            Uri = o.Uri, User = o.User, Password = o.Password, TransactionKeepAlive = TimeSpan.FromHours(1),
        });
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        await WaitUntil(() => Volatile.Read(ref keepAlives) >= 1);
        await transaction.CommitAsync();
    }

    [Fact]
    public async Task Surfaces_an_expiry_found_by_the_keep_alive_on_the_next_query()
    {
        var expired = 0;
        api.Intercept = request =>
        {
            if (request.Body?.Contains("RETURN 1", StringComparison.Ordinal) != true)
            {
                return null;
            }

            Interlocked.Increment(ref expired);
            return FakeQueryApi.Response(Samples.TransactionNotFound, HttpStatusCode.NotFound, mediaType: "application/json");
        };
        api.Respond(Samples.TransactionBegun(expires: FarFuture()));
        await using var database = TestDatabase.Create(api, o => new Neo4jOptions
        {
            Uri = o.Uri, User = o.User, Password = o.Password, TransactionKeepAlive = TimeSpan.FromMilliseconds(20),
        });
        await using var session = database.OpenSession();
        var transaction = await session.BeginTransactionAsync();
        await WaitUntil(() => Volatile.Read(ref expired) >= 1);
        await Task.Delay(50);

        (await FluentActions.Awaiting(() => transaction.RunAsync("MATCH (n) RETURN n")).Should().ThrowAsync<CypherException>())
            .Which.Detail.Should().Be("TransactionExpired");
        api.Intercept = null;
        await transaction.DisposeAsync();
        Volatile.Read(ref expired).Should().Be(1, "no keep-alive follows an expiry");
    }

    [Fact]
    public async Task Measures_the_expiry_on_the_server_clock()
    {
        // The server's clock is a day behind ours: by our clock its expiry is long past, by its own it is 300 ms away.
        var keepAlives = 0;
        api.Intercept = request =>
        {
            if (request.Body?.Contains("RETURN 1", StringComparison.Ordinal) != true)
            {
                return null;
            }

            Interlocked.Increment(ref keepAlives);
            return FakeQueryApi.Response(Samples.TransactionRun(expires: FarFuture()));
        };
        var serverNow = DateTimeOffset.UtcNow.AddDays(-1);
        var begun = FakeQueryApi.Response(Samples.TransactionBegun(expires: Iso(serverNow.AddMilliseconds(300))));
        begun.Headers.Date = serverNow;
        api.Enqueue((_, _) => Task.FromResult(begun)).Respond(Samples.Committed);
        await using var database = TestDatabase.Create(api, o => new Neo4jOptions
        {
            Uri = o.Uri, User = o.User, Password = o.Password, TransactionKeepAlive = TimeSpan.FromHours(1),
        });
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        await WaitUntil(() => Volatile.Read(ref keepAlives) >= 1);
        await transaction.CommitAsync();
    }

    [Fact]
    public async Task Sends_no_keep_alive_when_disabled_and_the_expiry_cannot_be_measured()
    {
        api.Respond(Samples.TransactionBegun(expires: "2024-10-22T15:48:29Z")).Respond(Samples.Committed);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        await Task.Delay(100);
        await transaction.CommitAsync();

        api.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Applies_the_query_time_limit_to_statements_in_a_transaction()
    {
        api.Respond(Samples.TransactionBegun()).Hang().Respond(Samples.Empty);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession(new SessionOptions(Limits: new QueryLimits(Timeout: TimeSpan.FromMilliseconds(50))));
        await using var transaction = await session.BeginTransactionAsync();

        (await FluentActions.Awaiting(() => transaction.RunAsync("CALL apoc.util.sleep(10000)")).Should().ThrowAsync<CypherException>())
            .Which.Kind.Should().Be(CypherErrorKind.QueryTimeout);
        (await FluentActions.Awaiting(() => transaction.CommitAsync()).Should().ThrowAsync<CypherException>())
            .Which.Detail.Should().Be("TransactionClosed");
        await transaction.RollbackAsync();

        api.Requests.Last().Method.Should().Be(HttpMethod.Delete, "the server may still hold the transaction");
    }

    [Fact]
    public async Task Rolls_back_after_the_caller_cancelled_a_statement()
    {
        // The caller cancels once the statement has reached the server (a timer could fire before it is sent on a busy
        // machine, and then the rollback would meet the hanging answer meant for the statement).
        using var cancellation = new CancellationTokenSource();
        api.Respond(Samples.TransactionBegun())
            .Enqueue(async (_, token) =>
            {
                await cancellation.CancelAsync();
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            })
            .Respond(Samples.Empty);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        var transaction = await session.BeginTransactionAsync();

        await FluentActions.Awaiting(() => transaction.RunAsync("MATCH (n) RETURN n", cancellationToken: cancellation.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        await transaction.DisposeAsync();

        api.Requests.Select(r => r.Method.Method).Should().Equal("POST", "POST", "DELETE");
    }

    [Fact]
    public async Task Reports_a_begin_answer_without_a_transaction_id()
    {
        api.Respond(Samples.Committed);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        (await FluentActions.Awaiting(() => session.BeginTransactionAsync()).Should().ThrowAsync<CypherException>())
            .Which.Message.Should().Contain("transaction.id");
    }

    [Fact]
    public async Task Treats_an_answer_without_transaction_as_a_closed_transaction()
    {
        api.Respond(Samples.TransactionBegun()).Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        var transaction = await session.BeginTransactionAsync();

        await transaction.RunAsync("RETURN 1 AS ok");

        (await FluentActions.Awaiting(() => transaction.CommitAsync()).Should().ThrowAsync<CypherException>())
            .Which.Detail.Should().Be("TransactionClosed");
        api.Respond(Samples.TransactionNotFound);
        await transaction.DisposeAsync();
    }

    [Fact]
    public async Task Keeps_the_transaction_open_when_a_parameter_is_refused_before_sending()
    {
        api.Respond(Samples.TransactionBegun()).Respond(Samples.TransactionRun()).Respond(Samples.Committed);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        (await FluentActions.Awaiting(() => transaction.RunAsync("RETURN $x", new Dictionary<string, object?> { ["x"] = new object() }))
            .Should().ThrowAsync<CypherException>()).Which.Detail.Should().Be("InvalidParameter");
        await transaction.RunAsync("MERGE (n:Person {name: 'Bob'}) RETURN n AS bob");
        await transaction.CommitAsync();

        api.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Refuses_to_commit_after_the_row_limit_was_exceeded()
    {
        api.Respond(Samples.TransactionBegun())
            .Respond("""{"data": {"fields": ["n"], "values": [[{"$type": "Integer", "_value": "1"}], [{"$type": "Integer", "_value": "2"}]]}, "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}""")
            .Respond(Samples.Empty);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession(new SessionOptions(Limits: new QueryLimits(MaxRows: 1)));
        await using var transaction = await session.BeginTransactionAsync();

        (await FluentActions.Awaiting(() => transaction.RunAsync("UNWIND [1, 2] AS n RETURN n")).Should().ThrowAsync<CypherException>())
            .Which.Kind.Should().Be(CypherErrorKind.ResultLimitExceeded);
        (await FluentActions.Awaiting(() => transaction.CommitAsync()).Should().ThrowAsync<CypherException>())
            .Which.Detail.Should().Be("TransactionClosed");
        await transaction.RollbackAsync();

        api.Requests.Last().Method.Should().Be(HttpMethod.Delete);
    }

    private static string Iso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    private static string FarFuture() =>
        DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task WaitUntil(Func<bool> condition)
    {
        // Waits for a background effect; the bound only stops a broken build from hanging, it is not a performance check.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the expected background request should have been sent");
            await Task.Delay(10);
        }
    }
}
