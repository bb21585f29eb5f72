namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// An immutable table from dense ids to records, stored in fixed-size chunks so that publishing a new version copies
/// only the chunk directory and the chunks that changed (copy-on-write). Lookups are two array reads.
/// </summary>
/// <remarks>Thread-safe for readers: a published table is never mutated.</remarks>
internal sealed class ChunkedTable<T>
    where T : class
{
    internal const int ChunkBits = 12;
    internal const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    public static readonly ChunkedTable<T> Empty = new(Array.Empty<T?[]>());

    private readonly T?[][] chunks;

    private ChunkedTable(T?[][] chunks) => this.chunks = chunks;

    public T? Get(long id)
    {
        if (id < 0)
        {
            return null;
        }

        var chunk = id >> ChunkBits;
        return chunk < chunks.Length ? chunks[chunk]?[id & ChunkMask] : null;
    }

    /// <summary>Records in id order, skipping empty slots.</summary>
    public IEnumerable<T> All()
    {
        foreach (var chunk in chunks)
        {
            if (chunk is null)
            {
                continue;
            }

            foreach (var item in chunk)
            {
                if (item is not null)
                {
                    yield return item;
                }
            }
        }
    }

    public Builder ToBuilder() => new(chunks);

    /// <summary>Builds the next version; owned by one thread. Chunks are copied the first time they are written.</summary>
    internal sealed class Builder
    {
        private T?[][] chunks;
        private readonly HashSet<long> copied = new();

        public Builder(T?[][] chunks) => this.chunks = (T?[][])chunks.Clone();

        public void Set(long id, T? value)
        {
            var chunkIndex = id >> ChunkBits;
            if (chunkIndex >= chunks.Length)
            {
                var grown = new T?[Math.Max(chunkIndex + 1, chunks.Length * 2)][];
                Array.Copy(chunks, grown, chunks.Length);
                chunks = grown;
            }

            if (copied.Add(chunkIndex))
            {
                var existing = chunks[chunkIndex];
                chunks[chunkIndex] = existing is null ? new T?[ChunkSize] : (T?[])existing.Clone();
            }

            chunks[chunkIndex][id & ChunkMask] = value;
        }

        public ChunkedTable<T> ToTable() => new(chunks);
    }
}
