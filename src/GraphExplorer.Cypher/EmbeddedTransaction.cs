using GraphExplorer.Cypher.Execution.Administration;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher;

/// <summary>
/// An explicit transaction. Reads see the snapshot taken when the transaction began until its first write; the
/// first updating query takes the store's write lock (held until commit or rollback), after which every query sees
/// the transaction's own writes. A failed query marks the transaction failed: only rollback is then allowed.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class EmbeddedTransaction(EmbeddedGraphDatabase database, AccessMode accessMode, QueryLimits limits, ClientInfo? client) : IGraphTransaction
{
    private readonly GraphSnapshot snapshot = database.Store.Current;

    /// <summary>This transaction in the database's registry, from BEGIN until commit or rollback.</summary>
    private readonly RunningTransaction running = database.Transactions.Begin(accessMode, client);
    private WriteTransaction? writer;
    private bool failed;
    private bool finished;

    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        database.Transactions.StartQuery(running, cypher);
        try
        {
            IGraphReader view = writer is null ? snapshot : writer;
            var query = database.Prepare(cypher, view);
            if (query.InTransactions)
            {
                throw CypherErrors.InTransactionsInExplicitTransaction(null);
            }

            if (query.Updating && writer is null)
            {
                if (accessMode == AccessMode.Read)
                {
                    throw CypherErrors.Transaction("ForbiddenInReadOnlyTransaction", "Writing in a read access mode transaction is not allowed.");
                }

                writer = await database.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
                view = writer;
                query = database.Prepare(cypher, view);
            }

            var context = database.CreateContext(view, writer, parameters, limits, query.SlotCount, cancellationToken, running);
            return EmbeddedGraphDatabase.Execute(query, context, limits);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            running.Finish();
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        if (running.Terminated)
        {
            Finish(commit: false);
            throw CypherErrors.Terminated();
        }

        if (failed)
        {
            Finish(commit: false);
            throw CypherErrors.Transaction("TransactionMarkedAsFailed", "The transaction has failed and was rolled back; it cannot be committed.");
        }

        Finish(commit: true);
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        Finish(commit: false);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (!finished)
        {
            Finish(commit: false);
        }

        return ValueTask.CompletedTask;
    }

    private void Finish(bool commit)
    {
        finished = true;
        database.Transactions.End(running);
        var pending = writer;
        writer = null;
        if (pending is null)
        {
            return;
        }

        if (commit)
        {
            database.Store.Commit(pending);
        }
        else
        {
            database.Store.Rollback(pending);
        }
    }

    private void EnsureOpen()
    {
        if (finished)
        {
            throw CypherErrors.Transaction("TransactionClosed", "The transaction has already been committed or rolled back.");
        }
    }

    private void EnsureUsable()
    {
        EnsureOpen();
        if (running.Terminated)
        {
            failed = true;
            throw CypherErrors.Terminated();
        }

        if (failed)
        {
            throw CypherErrors.Transaction("TransactionMarkedAsFailed", "A query of this transaction failed; it can only be rolled back.");
        }
    }
}
