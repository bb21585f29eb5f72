using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>
/// A per-request object that holds a resource (e.g. the read transaction a request's resolvers share) is disposed when
/// the execution ends, after every resolver finished, and is never shared with another request.
/// </summary>
public sealed class RequestServicesDisposalTests
{
    private sealed class Resource : IAsyncDisposable
    {
        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task A_disposable_per_request_object_is_disposed_when_the_execution_ends()
    {
        var used = new System.Collections.Concurrent.ConcurrentDictionary<Resource, bool>();
        var disposedWhileResolving = false;
        var schema = SchemaBuilder.FromSdl("type Query { a: Boolean! b: Boolean! }")
            .BindFieldAsync("Query", "a", async c =>
            {
                var resource = c.Services.GetOrAdd("resource", () => new Resource());
                used[resource] = true;
                await Task.Delay(10);
                disposedWhileResolving |= resource.Disposed;
                return (object?)true;
            })
            .BindFieldAsync("Query", "b", async c =>
            {
                var resource = c.Services.GetOrAdd("resource", () => new Resource());
                used[resource] = true;
                await Task.Yield();
                disposedWhileResolving |= resource.Disposed;
                return (object?)true;
            })
            .Build();

        var first = await Run.Execute(schema, "{ a b }");
        var second = await Run.Execute(schema, "{ a b }");

        first.Errors.Should().BeNull();
        second.Errors.Should().BeNull();
        disposedWhileResolving.Should().BeFalse();
        used.Keys.Should().HaveCount(2, "each request has its own per-request objects");
        used.Keys.Should().OnlyContain(r => r.Disposed);
    }
}
