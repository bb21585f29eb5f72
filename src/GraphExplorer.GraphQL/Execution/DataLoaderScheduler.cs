namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// Per-request coordinator of data loaders. Loaders register pending keys here; the executor dispatches every pending
/// batch once the execution can make no further progress without them (end of an execution level), so keys requested
/// by all fields of one level are loaded together. Thread-safe.
/// </summary>
internal sealed class DataLoaderScheduler
{
    private readonly Lock _gate = new();
    private readonly List<IBatchDispatch> _pending = [];
    private TaskCompletionSource _workSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _version;

    /// <summary>Incremented by every enqueue; lets the executor see whether more keys are still arriving.</summary>
    public long Version => Interlocked.Read(ref _version);

    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    public void Enqueue(IBatchDispatch loader)
    {
        Interlocked.Increment(ref _version);
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (!_pending.Contains(loader))
            {
                _pending.Add(loader);
            }

            signal = _workSignal;
        }

        signal.TrySetResult();
    }

    /// <summary>Completes when a loader has pending keys (immediately if one already has).</summary>
    public Task WaitForWorkAsync()
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                return Task.CompletedTask;
            }

            if (_workSignal.Task.IsCompleted)
            {
                _workSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return _workSignal.Task;
        }
    }

    /// <summary>Runs every pending batch (one call per loader), concurrently.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        IBatchDispatch[] loaders;
        lock (_gate)
        {
            loaders = [.. _pending];
            _pending.Clear();
        }

        return loaders.Length == 1 ? loaders[0].DispatchAsync(cancellationToken) : Task.WhenAll(loaders.Select(l => l.DispatchAsync(cancellationToken)));
    }
}
