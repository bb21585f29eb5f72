using GraphExplorer.Cypher.Execution.Administration;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher;

/// <summary>A session of the embedded database. Not thread-safe (one logical flow at a time), like every session.</summary>
internal sealed class EmbeddedSession(EmbeddedGraphDatabase database, QueryLimits limits, ClientInfo? client = null) : IGraphSession
{
    /// <summary>
    /// Auto-commit: a read-only query runs on the latest snapshot without any lock; an updating query takes the
    /// write lock, runs, and commits (or, on failure, applies nothing). A query with <c>CALL { … } IN TRANSACTIONS</c>
    /// commits each batch on its own instead (on failure, the batches committed before stay). The statement is an open
    /// transaction of the database's registry while it runs (SHOW TRANSACTIONS lists it, TERMINATE stops it).
    /// </summary>
    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        var running = database.Transactions.Begin(AccessMode.Write, client);
        database.Transactions.StartQuery(running, cypher);
        try
        {
            return await RunAutoCommitAsync(cypher, parameters, running, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            database.Transactions.End(running);
        }
    }

    private async Task<QueryResult> RunAutoCommitAsync(
        string cypher, IReadOnlyDictionary<string, object?>? parameters, RunningTransaction running, CancellationToken cancellationToken)
    {
        var snapshot = database.Store.Current;
        var query = database.Prepare(cypher, snapshot);
        if (query.InTransactions)
        {
            // No lock for the statement itself: each batch takes the write lock for its own inner transaction.
            var batched = database.CreateContext(snapshot, null, parameters, limits, query.SlotCount, cancellationToken, running, innerTransactions: database.Store);
            return EmbeddedGraphDatabase.Execute(query, batched, limits);
        }

        if (!query.Updating)
        {
            var context = database.CreateContext(snapshot, null, parameters, limits, query.SlotCount, cancellationToken, running);
            return EmbeddedGraphDatabase.Execute(query, context, limits);
        }

        var transaction = await database.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        QueryResult result;
        try
        {
            query = database.Prepare(cypher, transaction);
            var context = database.CreateContext(transaction, transaction, parameters, limits, query.SlotCount, cancellationToken, running);
            result = EmbeddedGraphDatabase.Execute(query, context, limits);
        }
        catch
        {
            database.Store.Rollback(transaction);
            throw;
        }

        // Commit releases the write lock whether or not the durable append succeeds.
        database.Store.Commit(transaction);
        return result;
    }

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default) =>
        Task.FromResult<IGraphTransaction>(new EmbeddedTransaction(database, accessMode, limits, client));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
