namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// Batches and caches loads of one kind within one request (the DataLoader pattern): every <see cref="LoadAsync"/>
/// during an execution level is answered by a single call of the batch function, and a key is loaded at most once
/// per request. Obtain one with <c>context.GetDataLoader(...)</c>; never share across requests. Thread-safe.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatch
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly DataLoaderScheduler _scheduler;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _queue = [];
    private int _batchCount;

    internal DataLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch, DataLoaderScheduler scheduler)
    {
        _batch = batch;
        _scheduler = scheduler;
    }

    /// <summary>How many batch calls this loader has made (diagnostics and tests).</summary>
    public int BatchCount => Volatile.Read(ref _batchCount);

    /// <summary>Loads the value of <paramref name="key"/>; default when the batch returned no entry for it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        Task<TValue?> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var completion = new TaskCompletionSource<TValue?>();
            task = completion.Task;
            _cache[key] = task;
            _queue.Add((key, completion));
        }

        _scheduler.Enqueue(this);
        return task;
    }

    /// <summary>Loads many keys; the result has one entry per key, in order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    async Task IBatchDispatch.DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch;
        lock (_gate)
        {
            batch = _queue;
            _queue = [];
        }

        if (batch.Count == 0)
        {
            return;
        }

        Interlocked.Increment(ref _batchCount);
        IReadOnlyDictionary<TKey, TValue> results;
        try
        {
            results = await _batch(batch.Select(b => b.Key).ToList(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                // A failed batch is not cached: a later load may retry.
                foreach (var (key, _) in batch)
                {
                    _cache.Remove(key);
                }
            }

            foreach (var (_, completion) in batch)
            {
                completion.TrySetException(e);
            }

            return;
        }

        // Completions run their continuations inline, so the next level's keys are queued before this returns.
        foreach (var (key, completion) in batch)
        {
            completion.TrySetResult(results.TryGetValue(key, out var value) ? value : default);
        }
    }
}
