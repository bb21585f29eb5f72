namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// Batches and caches loads of one kind within one request (the DataLoader pattern): every <see cref="LoadAsync"/>
/// during an execution level is answered by a single call of the batch function, and a key is loaded at most once
/// per request. Obtain one with <c>context.GetDataLoader(...)</c>; never share across requests. Thread-safe.
/// <para>Every caller gets a task of its own, even for a key already requested: a task awaited by several callers
/// resumes only its first awaiter inline and posts the others to the thread pool, where they could queue their
/// next-level keys after the executor has dispatched that level and split one batch into many. With one awaiter per
/// task, completing a batch resumes every waiting resolver inline, before <see cref="IBatchDispatch.DispatchAsync"/>
/// returns.</para>
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatch
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly DataLoaderScheduler _scheduler;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Entry> _cache = [];
    private List<(TKey Key, Entry Entry)> _queue = [];
    private int _batchCount;

    private readonly string _name;

    /// <param name="name">The loader's name, in the trace span of each batch.</param>
    internal DataLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch, DataLoaderScheduler scheduler, string name = "loader")
    {
        _batch = batch;
        _scheduler = scheduler;
        _name = name;
    }

    /// <summary>How many batch calls this loader has made (diagnostics and tests).</summary>
    public int BatchCount => Volatile.Read(ref _batchCount);

    /// <summary>Loads the value of <paramref name="key"/>; default when the batch returned no entry for it. The task
    /// is this caller's own (see the class summary).</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        var waiter = new TaskCompletionSource<TValue?>();
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                if (cached.Loaded)
                {
                    return Task.FromResult(cached.Value);
                }

                cached.Waiters.Add(waiter);
                return waiter.Task;
            }

            var entry = new Entry();
            entry.Waiters.Add(waiter);
            _cache[key] = entry;
            _queue.Add((key, entry));
        }

        _scheduler.Enqueue(this);
        return waiter.Task;
    }

    /// <summary>Loads many keys; the result has one entry per key, in order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    async Task IBatchDispatch.DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, Entry Entry)> batch;
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
        // The span covers the batch call only: the waiters resumed afterwards belong to their own fields.
        var activity = GraphQLTelemetry.StartBatch(_name, batch.Count);
        try
        {
            results = await _batch(batch.Select(b => b.Key).ToList(), cancellationToken).ConfigureAwait(false);
            activity?.Dispose();
        }
        catch (Exception e)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
            activity?.Dispose();
            var failed = new List<TaskCompletionSource<TValue?>>();
            lock (_gate)
            {
                foreach (var (key, entry) in batch)
                {
                    // A failed batch is not cached: a later load may retry.
                    _cache.Remove(key);
                    failed.AddRange(entry.Waiters);
                    entry.Waiters.Clear();
                }
            }

            foreach (var waiter in failed)
            {
                waiter.TrySetException(e);
            }

            return;
        }

        var completions = new List<(TaskCompletionSource<TValue?> Waiter, TValue? Value)>();
        lock (_gate)
        {
            // Settled under the lock: a load arriving afterwards gets the value instead of joining the waiters.
            foreach (var (key, entry) in batch)
            {
                entry.Value = results.TryGetValue(key, out var found) ? found : default;
                entry.Loaded = true;
                completions.AddRange(entry.Waiters.Select(w => (w, entry.Value)));
                entry.Waiters.Clear();
            }
        }

        // Continuations run inline (one awaiter per task), so the next level's keys are queued before this returns.
        foreach (var (waiter, value) in completions)
        {
            waiter.TrySetResult(value);
        }
    }

    /// <summary>One key's state: its waiting callers until the batch answers, then its value. Guarded by the loader's lock.</summary>
    private sealed class Entry
    {
        public List<TaskCompletionSource<TValue?>> Waiters { get; } = new(1);

        public bool Loaded { get; set; }

        public TValue? Value { get; set; }
    }
}
