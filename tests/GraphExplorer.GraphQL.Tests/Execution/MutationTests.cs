using System.Collections.Concurrent;
using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>ExecuteMutation (spec §6.2.2): root mutation fields run one after another, in document order.</summary>
public sealed class MutationTests
{
    [Fact]
    public async Task Mutation_root_fields_execute_serially_in_order()
    {
        var log = new ConcurrentQueue<string>();
        var counter = 0;
        var schema = SchemaBuilder.FromSdl("type Query { x: Int } type Mutation { slow(n: Int!): Int fast(n: Int!): Int failing: Int }")
            .BindField("Mutation", "slow", async c =>
            {
                log.Enqueue("slow start " + c.Arguments["n"]);
                await Task.Delay(30);
                log.Enqueue("slow end " + c.Arguments["n"]);
                return ++counter;
            })
            .BindField("Mutation", "fast", c =>
            {
                log.Enqueue("fast " + c.Arguments["n"]);
                return ++counter;
            })
            .BindField("Mutation", "failing", _ => throw new GraphQLException("no"))
            .Build();

        var json = await Run.Json(schema, "mutation { first: slow(n: 1) second: fast(n: 2) third: slow(n: 3) failing fourth: fast(n: 4) }");

        log.Should().Equal("slow start 1", "slow end 1", "fast 2", "slow start 3", "slow end 3", "fast 4");
        json.Should().EndWith("""
            "data":{"first":1,"second":2,"third":3,"failing":null,"fourth":4}}
            """);
    }

    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        var started = 0;
        var gate = new TaskCompletionSource();
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: Int }")
            .BindField("Query", "a", async _ =>
            {
                Interlocked.Increment(ref started);
                await gate.Task;
                return 1;
            })
            .BindField("Query", "b", _ =>
            {
                // b starts while a is still waiting: the executor did not await a first.
                Volatile.Read(ref started).Should().Be(1);
                gate.SetResult();
                return 2;
            })
            .Build();
        (await Run.Json(schema, "{ a b }")).Should().Be("""{"data":{"a":1,"b":2}}""");
    }

    [Fact]
    public async Task Schema_without_mutation_type_rejects_mutations()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").Build();
        var result = await Run.Execute(schema, "mutation { a }");
        result.HasData.Should().BeFalse();
        result.Errors!.Single().Message.Should().Be("Schema is not configured to execute mutation operation.");
    }
}
