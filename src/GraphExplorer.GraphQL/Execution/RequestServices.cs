using System.Collections.Concurrent;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>Per-request state shared by resolvers: keyed objects (data loaders) and the loader scheduler. Thread-safe.</summary>
internal sealed class RequestServices : IRequestServices
{
    private readonly ConcurrentDictionary<string, object> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public DataLoaderScheduler Scheduler { get; } = new();

    public T GetOrAdd<T>(string key, Func<T> create)
        where T : class =>
        (T)_items.GetOrAdd(key, _ => create());

    /// <summary>The request's data loader named <paramref name="name"/> (loaders have their own key space).</summary>
    public DataLoader<TKey, TValue> GetLoader<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        if (_loaders.TryGetValue(name, out var existing))
        {
            return existing as DataLoader<TKey, TValue>
                ?? throw new InvalidOperationException($"Data loader \"{name}\" is already used with other key or value types.");
        }

        return (DataLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new DataLoader<TKey, TValue>(batch, Scheduler));
    }
}
