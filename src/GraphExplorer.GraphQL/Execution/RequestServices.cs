using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// Per-request state shared by resolvers: keyed objects (data loaders) and the loader scheduler. Thread-safe: entries
/// are read and added under one lock (a request holds a handful, so contention is negligible); a factory runs outside
/// the lock and, when two callers race, the first stored instance wins, as with ConcurrentDictionary.GetOrAdd.
/// Owns its entries: those that are <see cref="IAsyncDisposable"/> (e.g. a read transaction a request's resolvers
/// share) are disposed when the execution ends.
/// </summary>
internal sealed class RequestServices : IRequestServices, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public DataLoaderScheduler Scheduler { get; } = new();

    public T GetOrAdd<T>(string key, Func<T> create)
        where T : class =>
        (T)GetOrAdd(_items, key, create);

    /// <summary>The request's data loader named <paramref name="name"/> (loaders have their own key space).</summary>
    public DataLoader<TKey, TValue> GetLoader<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        var loader = GetOrAdd(_loaders, name, () => new DataLoader<TKey, TValue>(batch, Scheduler, name));
        return loader as DataLoader<TKey, TValue>
            ?? throw new InvalidOperationException($"Data loader \"{name}\" is already used with other key or value types.");
    }

    /// <summary>Disposes every <see cref="IAsyncDisposable"/> entry; called once, after the last resolver finished.</summary>
    public async ValueTask DisposeAsync()
    {
        List<IAsyncDisposable> owned;
        lock (_gate)
        {
            owned = [.. _items.Values.OfType<IAsyncDisposable>()];
            _items.Clear();
        }

        foreach (var entry in owned)
        {
            await entry.DisposeAsync().ConfigureAwait(false);
        }
    }

    private object GetOrAdd(Dictionary<string, object> entries, string key, Func<object> create)
    {
        lock (_gate)
        {
            if (entries.TryGetValue(key, out var existing))
            {
                return existing;
            }
        }

        var created = create();
        lock (_gate)
        {
            return entries.TryAdd(key, created) ? created : entries[key];
        }
    }
}
