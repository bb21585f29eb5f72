using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used cache of prepared documents keyed by document text (hashed by the dictionary, then
/// compared in full, so collisions cannot mix documents). A repeated document is neither parsed nor validated again.
/// Thread-safe; preparation of a missing entry runs outside the lock (two racing callers may both prepare it once).
/// </summary>
public sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, PreparedDocument Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, PreparedDocument Value)> _recency = new();
    private long _hits;
    private long _misses;

    public DocumentCache(int capacity = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public PreparedDocument GetOrAdd(string text, Func<string, PreparedDocument> prepare)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                Interlocked.Increment(ref _hits);
                return node.Value.Value;
            }
        }

        Interlocked.Increment(ref _misses);
        var prepared = prepare(text);
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var existing))
            {
                return existing.Value.Value;
            }

            _entries[text] = _recency.AddFirst((text, prepared));
            if (_entries.Count > _capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }

        return prepared;
    }
}
