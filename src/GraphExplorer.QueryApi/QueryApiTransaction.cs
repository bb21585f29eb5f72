using GraphExplorer.Database;

namespace GraphExplorer.QueryApi;

/// <summary>
/// An open explicit transaction of the Query API: the embedded transaction behind it, its affinity, its idle expiry and
/// its type (Neo4j's transactions are either data or schema transactions once they have done one or the other).
/// </summary>
/// <remarks>Requests are served one at a time through <see cref="Gate"/>; the sweeper only takes it when it is free.</remarks>
internal sealed class QueryApiTransaction(string id, string affinity, QueryApiDatabase database, bool mayWrite, IGraphSession session, IGraphTransaction transaction)
{
    public string Id { get; } = id;

    public string Affinity { get; } = affinity;

    public QueryApiDatabase Database { get; } = database;

    public IGraphTransaction Transaction { get; } = transaction;

    /// <summary>Whether the login that began it may write (a reader's writes are then refused as forbidden).</summary>
    public bool MayWrite { get; } = mayWrite;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public DateTimeOffset Expires { get; set; }

    /// <summary>Has run a schema command (then no query may follow).</summary>
    public bool RanSchema { get; set; }

    /// <summary>Has run a query that wrote (then no schema command may follow).</summary>
    public bool Wrote { get; set; }

    /// <summary>Rolls back and releases the embedded transaction; never throws.</summary>
    public void Abandon()
    {
        try
        {
            Transaction.DisposeAsync().AsTask().GetAwaiter().GetResult();
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (CypherException)
        {
            // Already finished: nothing left to release.
        }
    }

    public async Task CloseAsync()
    {
        await Transaction.DisposeAsync();
        await session.DisposeAsync();
    }
}
