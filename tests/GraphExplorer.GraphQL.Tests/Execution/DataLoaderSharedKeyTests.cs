using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>
/// Regression: several resolvers loading the same key used to share one cached task. A task with several awaiters
/// resumes only the first inline and posts the others to the thread pool, so those resolvers queued their next-level
/// keys after the level was dispatched and one batch became many (the application worked around it with its own
/// ContinueWith per caller). Every caller now gets a task of its own, resumed inline when the batch completes.
/// </summary>
public sealed class DataLoaderSharedKeyTests
{
    [Fact]
    public async Task Every_caller_of_a_shared_key_resumes_inline_before_the_dispatch_returns()
    {
        // Task.Run: no synchronization context, as in the server (xunit's would post every continuation).
        await Task.Run(async () =>
        {
            var scheduler = new DataLoaderScheduler();
            var loader = new DataLoader<string, int>(
                (keys, _) => Task.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length)), scheduler);
            var dispatching = false;
            var dispatchThread = Environment.CurrentManagedThreadId;
            var resumedInline = new List<bool>();

            async Task<int> Caller()
            {
                var value = await loader.LoadAsync("shared");
                lock (resumedInline)
                {
                    resumedInline.Add(dispatching && Environment.CurrentManagedThreadId == dispatchThread);
                }

                return value;
            }

            var callers = Enumerable.Range(0, 5).Select(_ => Caller()).ToList();
            dispatching = true;
            await ((IBatchDispatch)loader).DispatchAsync(CancellationToken.None);
            dispatching = false;

            (await Task.WhenAll(callers)).Should().AllBeEquivalentTo(6);
            resumedInline.Should().HaveCount(5).And.AllBeEquivalentTo(true, "each caller awaits a task of its own, completed inline");
            loader.BatchCount.Should().Be(1);
        });
    }

    [Fact]
    public async Task Resolvers_resuming_from_a_shared_key_queue_the_next_level_in_one_batch()
    {
        var detailBatches = new List<int>();
        var schema = SchemaBuilder.FromSdl("""
                type Query { items: [Item!]! }
                type Item { id: Int! detail: String }
                """)
            .BindField("Query", "items", _ => Enumerable.Range(1, 40).ToList())
            .BindField("Item", "id", c => (int)c.Source!)
            .BindFieldAsync("Item", "detail", async c =>
            {
                // Every item first needs the same key, then a key of its own from another loader.
                var prefix = await c.GetDataLoader<string, string>("settings", (keys, _) =>
                    Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, _ => "item-"))).LoadAsync("prefix");
                Thread.Sleep(2); // some synchronous work between the loads, as a real resolver has
                return await c.GetDataLoader<int, string>("details", (keys, _) =>
                {
                    lock (detailBatches)
                    {
                        detailBatches.Add(keys.Count);
                    }

                    return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => prefix + k));
                }).LoadAsync((int)c.Source!);
            })
            .Build();

        var json = await Task.Run(() => new GraphQLEngine(schema).ExecuteAsync(new GraphQLRequest("{ items { id detail } }")))
            .ContinueWith(t => t.Result.ToJson(), TaskScheduler.Default);

        json.Should().Contain("""{"id":40,"detail":"item-40"}""");
        detailBatches.Should().Equal([40], "all forty resolvers resumed inline and queued their keys before the level was dispatched");
    }
}
