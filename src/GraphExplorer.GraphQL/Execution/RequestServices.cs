using System.Collections.Concurrent;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>Per-request state shared by resolvers: keyed objects (data loaders) and the loader scheduler. Thread-safe.</summary>
internal sealed class RequestServices : IRequestServices
{
    private readonly ConcurrentDictionary<string, object> _items = new(StringComparer.Ordinal);

    public DataLoaderScheduler Scheduler { get; } = new();

    public T GetOrAdd<T>(string key, Func<T> create)
        where T : class =>
        (T)_items.GetOrAdd(key, _ => create());
}
