using System.Collections.Concurrent;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

public sealed class ErrorHandlingTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { user: String internal: String slow: String context: String stuck: String }")
        .BindField("Query", "user", _ => throw new GraphQLException("Organization not found.", "NOT_FOUND",
            new Dictionary<string, object?> { ["id"] = "42" }))
        .BindField("Query", "internal", _ => throw new InvalidOperationException("connection string secret=xyz"))
        .BindField("Query", "slow", async c =>
        {
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return "never";
        })
        .BindField("Query", "context", c => ((Caller)c.RequestContext!).Name)
        .BindField("Query", "stuck", async _ =>
        {
            // Ignores cancellation entirely: the executor must still give up at the timeout.
            await new TaskCompletionSource().Task;
            return "never";
        })
        .Build();

    private sealed record Caller(string Name);

    [Fact]
    public async Task User_errors_keep_their_message_code_and_extensions()
    {
        var json = await Run.Json(Schema, "{ user }");
        json.Should().Be("""{"errors":[{"message":"Organization not found.","locations":[{"line":1,"column":3}],"path":["user"],"extensions":{"code":"NOT_FOUND","id":"42"}}],"data":{"user":null}}""");
    }

    [Fact]
    public async Task Unexpected_exceptions_are_hidden_and_logged_with_a_correlation_id()
    {
        var logged = new ConcurrentBag<UnexpectedError>();
        var result = await Run.Execute(Schema, "{ internal }", options: new ExecutionOptions { OnUnexpectedError = logged.Add });

        var error = result.Errors.Should().ContainSingle().Which;
        error.Message.Should().Be("Unexpected error.");
        error.Code.Should().Be(ErrorCodes.Unexpected);
        var correlationId = error.Extensions!["correlationId"].Should().BeOfType<string>().Which;
        var entry = logged.Should().ContainSingle().Which;
        entry.CorrelationId.Should().Be(correlationId);
        entry.Exception.Should().BeOfType<InvalidOperationException>();
        entry.Path.Should().Equal("internal");
        result.ToJson().Should().NotContain("secret").And.NotContain("InvalidOperationException").And.NotContain(" at ");
    }

    [Fact]
    public async Task Execution_timeout_cancels_resolvers_and_reports_a_timeout()
    {
        var result = await Run.Execute(Schema, "{ slow }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.Timeout);
        result.Data.Should().BeNull();
    }

    [Fact]
    public async Task Caller_cancellation_is_rethrown()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var act = () => Run.Execute(Schema, "{ slow }", cancellationToken: cancellation.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Resolvers_see_the_request_context()
    {
        (await Run.Json(Schema, "{ context }", requestContext: new Caller("alice"))).Should().Be("""{"data":{"context":"alice"}}""");
    }

    [Fact]
    public async Task Timeout_applies_even_to_resolvers_that_ignore_cancellation()
    {
        var result = await Run.Execute(Schema, "{ context stuck }", requestContext: new Caller("x"),
            options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.Timeout);
    }
}
