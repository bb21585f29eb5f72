namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// The records a <see cref="WriteTransaction"/> owns, by id: a map from dense ids to records kept in small fixed-size
/// chunks. Unlike a dictionary it never rehashes and never allocates one large array, so a transaction owning millions
/// of records (recovery replays the whole journal into one) stays off the large object heap and out of the full
/// collections that large allocations trigger; a small transaction pays one 2 KB chunk per neighbourhood of ids it touches.
/// </summary>
/// <remarks>Not thread-safe: owned by the transaction's single writer. Enumeration is in id order.</remarks>
internal sealed class OwnedRecords<T>
    where T : class
{
    private const int ChunkBits = 8;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly Dictionary<long, T?[]> chunks = new();
    private long lastChunkIndex = long.MinValue;
    private T?[]? lastChunk;

    public int Count { get; private set; }

    public bool TryGetValue(long id, out T value)
    {
        var chunk = Chunk(id, create: false);
        value = chunk?[id & ChunkMask]!;
        return value is not null;
    }

    /// <summary>Gets (throws when absent) or sets a record; records are never removed.</summary>
    public T this[long id]
    {
        get => TryGetValue(id, out var value) ? value : throw new KeyNotFoundException($"The transaction does not own record {id}.");
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            var chunk = Chunk(id, create: true)!;
            ref var slot = ref chunk[id & ChunkMask];
            if (slot is null)
            {
                Count++;
            }

            slot = value;
        }
    }

    /// <summary>The records in id order.</summary>
    public IEnumerable<T> Values => Entries().Select(e => e.Value);

    /// <summary>(id, record) pairs in id order.</summary>
    public IEnumerable<KeyValuePair<long, T>> Entries()
    {
        foreach (var chunkIndex in chunks.Keys.Order())
        {
            var chunk = chunks[chunkIndex];
            for (var i = 0; i < ChunkSize; i++)
            {
                if (chunk[i] is { } record)
                {
                    yield return new KeyValuePair<long, T>((chunkIndex << ChunkBits) | (long)i, record);
                }
            }
        }
    }

    public IEnumerator<KeyValuePair<long, T>> GetEnumerator() => Entries().GetEnumerator();

    private T?[]? Chunk(long id, bool create)
    {
        var chunkIndex = id >> ChunkBits;
        if (chunkIndex == lastChunkIndex)
        {
            return lastChunk;
        }

        if (!chunks.TryGetValue(chunkIndex, out var chunk))
        {
            if (!create)
            {
                return null;
            }

            chunks[chunkIndex] = chunk = new T?[ChunkSize];
        }

        lastChunkIndex = chunkIndex;
        lastChunk = chunk;
        return chunk;
    }
}
