using System.Net;
using GraphExplorer.Database;
using GraphExplorer.Neo4j.Tests.Support;

namespace GraphExplorer.Neo4j.Tests.Http;

/// <summary>What is retried, how often, and what never is.</summary>
public sealed class QueryApiClientRetryTests
{
    private readonly FakeQueryApi api = new();

    [Fact]
    public async Task Retries_a_transient_error_then_succeeds()
    {
        api.Respond(Samples.TransientDeadlock).Respond(Samples.TransientDeadlock).Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var result = await session.RunAsync("RETURN 1 AS ok");

        result[0]["ok"].Should().Be(1L);
        api.Requests.Should().HaveCount(3);
        api.Requests.Select(r => r.Body).Distinct().Should().ContainSingle("every attempt sends the same request");
    }

    [Fact]
    public async Task Gives_up_after_max_retries_with_the_last_error()
    {
        for (var i = 0; i < 10; i++)
        {
            api.Respond(Samples.TransientDeadlock);
        }

        await using var database = TestDatabase.Create(api, o => new Neo4jOptions
        {
            Uri = o.Uri, User = o.User, Password = o.Password, MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.TransientError);
        exception.IsTransient.Should().BeTrue();
        exception.Neo4jCode.Should().Be("Neo.TransientError.Transaction.DeadlockDetected");
        api.Requests.Should().HaveCount(3, "one attempt plus two retries");
    }

    [Fact]
    public async Task Does_not_retry_when_max_retries_is_zero()
    {
        api.Respond(Samples.TransientDeadlock);
        await using var database = TestDatabase.Create(api, o => new Neo4jOptions { Uri = o.Uri, User = o.User, Password = o.Password, MaxRetries = 0 });
        await using var session = database.OpenSession();

        await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>();
        api.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Retries_a_refused_connection()
    {
        api.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)"))
            .Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        (await session.RunAsync("RETURN 1 AS ok"))[0]["ok"].Should().Be(1L);
        api.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Retries_a_503_from_a_proxy()
    {
        api.RespondText("<html>503 Service Temporarily Unavailable</html>", HttpStatusCode.ServiceUnavailable).Respond(Samples.ReturnOne);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        (await session.RunAsync("RETURN 1 AS ok"))[0]["ok"].Should().Be(1L);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Does_not_retry_a_write_that_may_have_reached_the_server(HttpStatusCode status)
    {
        api.RespondText("gateway trouble", status);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("CREATE (n)")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        exception.Message.Should().Contain(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Contain("gateway trouble");
        api.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Does_not_retry_a_write_whose_connection_was_lost_mid_answer()
    {
        api.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        (await FluentActions.Awaiting(() => session.RunAsync("CREATE (n)")).Should().ThrowAsync<CypherException>())
            .Which.Detail.Should().Be("ConnectionLost");
        api.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Retries_a_begin_whose_connection_was_lost_because_a_begin_runs_nothing()
    {
        api.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."))
            .Respond(Samples.TransactionBegun())
            .Respond(Samples.Empty);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        await using (await session.BeginTransactionAsync())
        {
        }

        api.Requests.Select(r => r.Method.Method).Should().Equal("POST", "POST", "DELETE");
    }

    [Fact]
    public async Task Never_retries_a_statement_inside_a_transaction()
    {
        api.Respond(Samples.TransactionBegun()).Respond(Samples.TransientDeadlock).Respond(Samples.TransactionNotFound);
        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();
        await using var transaction = await session.BeginTransactionAsync();

        await FluentActions.Awaiting(() => transaction.RunAsync("CREATE (n)")).Should().ThrowAsync<CypherException>();

        api.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Stops_retrying_when_the_caller_cancels()
    {
        // Cancelled during the back-off after the first answer, not by a timer that a busy machine could fire first.
        using var cancellation = new CancellationTokenSource();
        api.Enqueue((_, _) =>
            {
                cancellation.CancelAfter(TimeSpan.FromMilliseconds(100));
                return Task.FromResult(FakeQueryApi.Response(Samples.TransientDeadlock));
            })
            .Respond(Samples.TransientDeadlock);
        await using var database = TestDatabase.Create(api, o => new Neo4jOptions
        {
            Uri = o.Uri, User = o.User, Password = o.Password, MaxRetries = 5, RetryBaseDelay = TimeSpan.FromMinutes(1),
        });
        await using var session = database.OpenSession();

        await FluentActions.Awaiting(() => session.RunAsync("RETURN 1", cancellationToken: cancellation.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        api.Requests.Should().HaveCount(1, "the back-off wait was cancelled");
    }

    [Fact]
    public async Task Names_the_uri_not_the_password_when_unreachable_after_retries()
    {
        for (var i = 0; i < 4; i++)
        {
            api.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)"));
        }

        await using var database = TestDatabase.Create(api);
        await using var session = database.OpenSession();

        var exception = (await FluentActions.Awaiting(() => session.RunAsync("RETURN 1")).Should().ThrowAsync<CypherException>()).Which;

        exception.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        exception.Message.Should().Contain("unreachable at http://neo4j.test:7474").And.NotContain(TestDatabase.Password);
        api.Requests.Should().HaveCount(4);
    }
}
