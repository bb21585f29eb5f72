using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>Subscribe (spec §6.2.3): a source stream per subscription, each event executed with the event as root value.</summary>
public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Query { x: Int }
        type Subscription { ticks(from: Int!): Tick! broken: Int missing: Int }
        type Tick { n: Int! square: Int! }
        """;

    private static Schema TickSchema(Channel<int> source, List<IReadOnlyDictionary<string, object?>>? arguments = null) =>
        SchemaBuilder.FromSdl(Sdl)
            .BindSubscription("Subscription", "ticks", context =>
            {
                arguments?.Add(context.Arguments);
                return new ValueTask<IAsyncEnumerable<object?>>(Read(source.Reader, (int)context.Arguments["from"]!, context.CancellationToken));
            })
            .BindSubscription("Subscription", "broken", _ => throw new GraphQLException("no stream for you", ErrorCodes.BadUserInput))
            .BindField("Tick", "n", c => (int)c.Source!)
            .BindField("Tick", "square", c => (int)c.Source! * (int)c.Source!)
            .Build();

    private static async IAsyncEnumerable<object?> Read(ChannelReader<int> reader, int from, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var value in reader.ReadAllAsync(cancellationToken))
        {
            if (value >= from)
            {
                yield return value;
            }
        }
    }

    private static ExecutionRequest Request(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        new(Parser.Parse(query)) { Variables = variables };

    [Fact]
    public async Task Each_source_event_is_executed_with_the_event_as_root_value()
    {
        var source = Channel.CreateUnbounded<int>();
        var arguments = new List<IReadOnlyDictionary<string, object?>>();
        var subscription = await Executor.SubscribeAsync(TickSchema(source, arguments),
            Request("subscription ($from: Int!) { ticks(from: $from) { n square } }", new Dictionary<string, object?> { ["from"] = 2 }));

        subscription.Error.Should().BeNull();
        arguments.Should().ContainSingle().Which["from"].Should().Be(2, "the source stream is created with the coerced arguments when subscribing");
        foreach (var value in new[] { 1, 2, 3 })
        {
            source.Writer.TryWrite(value);
        }

        source.Writer.Complete();
        var results = new List<string>();
        await foreach (var result in subscription.Events!)
        {
            results.Add(result.ToJson());
        }

        results.Should().Equal("""{"data":{"ticks":{"n":2,"square":4}}}""", """{"data":{"ticks":{"n":3,"square":9}}}""");
    }

    [Fact]
    public async Task Cancelling_ends_the_response_stream()
    {
        var source = Channel.CreateUnbounded<int>();
        using var cancellation = new CancellationTokenSource();
        var subscription = await Executor.SubscribeAsync(TickSchema(source), Request("subscription { ticks(from: 0) { n } }"), cancellationToken: cancellation.Token);
        source.Writer.TryWrite(7);
        await using var events = subscription.Events!.GetAsyncEnumerator();

        (await events.MoveNextAsync()).Should().BeTrue();
        events.Current.ToJson().Should().Be("""{"data":{"ticks":{"n":7}}}""");
        await cancellation.CancelAsync();
        var next = async () => await events.MoveNextAsync();
        await next.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_source_stream_that_cannot_be_created_is_a_located_request_error()
    {
        var subscription = await Executor.SubscribeAsync(TickSchema(Channel.CreateUnbounded<int>()), Request("subscription { broken }"));

        subscription.Events.Should().BeNull();
        subscription.Error!.ToJson().Should().Be(
            """{"errors":[{"message":"no stream for you","locations":[{"line":1,"column":16}],"path":["broken"],"extensions":{"code":"BAD_USER_INPUT"}}]}""");
    }

    [Fact]
    public async Task A_field_bound_without_a_source_stream_says_so()
    {
        var subscription = await Executor.SubscribeAsync(TickSchema(Channel.CreateUnbounded<int>()), Request("subscription { missing }"));

        subscription.Error!.Errors![0].Message.Should().Contain("Subscription.missing").And.Contain("no source stream");
    }

    [Fact]
    public async Task A_query_is_not_a_subscription()
    {
        var subscription = await Executor.SubscribeAsync(TickSchema(Channel.CreateUnbounded<int>()), Request("{ x }"));

        subscription.Error!.Errors![0].Message.Should().Be("Expected a subscription operation, got a query: send queries and mutations over HTTP.");
    }

    [Fact]
    public async Task The_cost_limit_applies_to_each_event_before_subscribing()
    {
        var subscribed = false;
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindSubscription("Subscription", "ticks", _ =>
            {
                subscribed = true;
                return new ValueTask<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>());
            })
            .Build();

        var subscription = await Executor.SubscribeAsync(schema, Request("subscription { ticks(from: 0) { n square } }"), ExecutionOptions.Default with { MaxCost = 2 });

        subscription.Error!.Errors![0].Code.Should().Be(ErrorCodes.MaxCostExceeded);
        subscribed.Should().BeFalse();
    }
}
