namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// The in-memory graph: the latest committed <see cref="GraphSnapshot"/> plus the single-writer lock.
/// </summary>
/// <remarks>
/// Thread-safe. Readers take <see cref="Current"/> and read it without locks for as long as they like. One writer at a
/// time holds the write lock (<see cref="BeginWriteAsync"/>); <see cref="Commit"/> first appends the transaction's
/// mutations to the durable storage (if any), then publishes the new snapshot with one reference write, so readers
/// see either all of a transaction or none of it, and never anything that is not durable.
/// </remarks>
internal sealed class GraphStore : IDisposable
{
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly IDurableStorage? storage;
    private volatile GraphSnapshot current = GraphSnapshot.Empty;
    private volatile string? lastCommitFailure;

    /// <summary>Creates a store, replaying everything the storage recovered.</summary>
    /// <remarks>
    /// Recovery replays the snapshot and every recovered transaction into one write transaction and publishes one
    /// snapshot at the end: nothing reads the store before the constructor returns, so the intermediate states need
    /// not exist, and building one snapshot instead of one per transaction makes recovery linear in the size of the
    /// graph (each record is created once, adjacency lists grow in place, label sets and indexes are built once).
    /// Each transaction still ends its statement, so the same checks run as when it was first committed. A snapshot of
    /// format version 2 is not replayed: its nodes and relationships become a <see cref="CompactGraph"/> (columns filled
    /// from the file), its schema is created over that graph, and the journal after it is replayed on top.
    /// </remarks>
    public GraphStore(IDurableStorage? storage = null)
    {
        this.storage = storage;
        if (storage is not null)
        {
            WriteTransaction? tx = null;
            var replayed = 0;
            foreach (var batch in storage.Recover())
            {
                if (replayed == 0 && batch is Journal.CompactSnapshot compact && CompactGraph.CanLoad(compact))
                {
                    // The snapshot's graph as columns; its schema is created over it as it would be over replayed nodes.
                    current = CompactGraph.Load(compact);
                    tx = new WriteTransaction(current, recordMutations: false);
                    foreach (var mutation in compact.Prefix)
                    {
                        tx.Apply(mutation);
                    }
                }
                else
                {
                    tx ??= new WriteTransaction(current, recordMutations: false);
                    foreach (var mutation in batch)
                    {
                        tx.Apply(mutation);
                    }
                }

                tx.EndStatement();
                replayed++;
            }

            if (tx is not null)
            {
                tx.TrimAdjacency();
                current = tx.BuildSnapshot();
            }
        }
    }

    public GraphSnapshot Current => current;

    /// <summary>Why the last commit's storage append failed on the files (a full disk, an I/O error), with when; null
    /// once a commit is written again. A transaction refused for itself (too large) does not count.</summary>
    public string? LastCommitFailure => lastCommitFailure;

    public async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteTransaction(current);
    }

    public WriteTransaction BeginWrite()
    {
        writeLock.Wait();
        return new WriteTransaction(current);
    }

    /// <summary>Makes the transaction durable, publishes it and releases the write lock.</summary>
    public void Commit(WriteTransaction transaction)
    {
        try
        {
            if (transaction.Mutations.Count == 0)
            {
                return;
            }

            try
            {
                storage?.Append(transaction.Mutations);
            }
            catch (Exception e)
            {
                if (DiskFull.IsWriteFault(e))
                {
                    lastCommitFailure = $"the last commit ({DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}) could not be written: {e.Message}";
                }

                if (e is Database.CypherException)
                {
                    throw;
                }

                throw DiskFull.Caused(e) ? Semantics.CypherErrors.DiskFull(e) : Semantics.CypherErrors.CommitFailed(e);
            }

            lastCommitFailure = null;

            current = transaction.BuildSnapshot();
            if (storage is { ShouldCompact: true })
            {
                storage.Compact(ExportState(current));
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Discards the transaction and releases the write lock.</summary>
    public void Rollback(WriteTransaction transaction)
    {
        _ = transaction;
        writeLock.Release();
    }

    /// <summary>The mutations that rebuild <paramref name="snapshot"/> from empty: schema, nodes, relationships.</summary>
    public static IEnumerable<GraphMutation> ExportState(GraphSnapshot snapshot)
    {
        foreach (var index in snapshot.Schema.Indexes)
        {
            if (!index.OwnedByConstraint)
            {
                yield return new CreateIndex(index.Name, index.OnRelationships, index.LabelOrType, index.Properties);
            }
        }

        foreach (var fullText in snapshot.Schema.FullTextIndexes)
        {
            var d = fullText.Definition;
            yield return new CreateFullTextIndex(d.Name, d.OnRelationships, d.LabelsOrTypes, d.Properties, d.Analyzer, d.EventuallyConsistent);
        }

        foreach (var constraint in snapshot.Schema.Constraints)
        {
            yield return new CreateConstraint(constraint.Name, constraint.OnRelationships, constraint.LabelOrType, constraint.Properties, constraint.Kind);
        }

        foreach (var node in snapshot.AllNodes())
        {
            yield return new CreateNode(node.Id, [.. node.Labels], node.Properties.ToImmutableDictionary());
        }

        foreach (var rel in snapshot.AllRelationships())
        {
            yield return new CreateRelationship(rel.Id, rel.Type, rel.StartNodeId, rel.EndNodeId, rel.Properties.ToImmutableDictionary());
        }
    }

    public void Dispose()
    {
        foreach (var fullText in current.Schema.FullTextIndexes)
        {
            fullText.Writer.Dispose();
        }

        storage?.Dispose();
        writeLock.Dispose();
    }
}
