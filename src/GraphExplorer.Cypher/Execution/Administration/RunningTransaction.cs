using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Execution.Administration;

/// <summary>
/// One transaction open on the database, as SHOW TRANSACTIONS lists it: an explicit transaction from BEGIN to commit or
/// rollback, or an auto-commit statement while it runs. TERMINATE TRANSACTION marks it <see cref="Terminated"/>: the
/// statement running in it stops at its next limit check (the same check as the query timeout's) and the transaction
/// applies nothing.
/// </summary>
/// <remarks>Thread-safe: the owner updates the current query while other sessions read and terminate it.</remarks>
internal sealed class RunningTransaction(string id, AccessMode accessMode, ClientInfo? client)
{
    private volatile CurrentQuery? current;
    private volatile bool terminated;

    /// <summary><c>neo4j-transaction-N</c>, as Neo4j names a transaction of its database <c>neo4j</c>.</summary>
    public string Id { get; } = id;

    public AccessMode AccessMode { get; } = accessMode;

    /// <summary>Who opened it, when the entry point said so (Bolt, the Query API); null for the embedded API.</summary>
    public ClientInfo? Client { get; } = client;

    public DateTimeOffset StartTime { get; } = DateTimeOffset.UtcNow;

    /// <summary>The statement running now, null between statements of an explicit transaction.</summary>
    public CurrentQuery? Current => current;

    /// <summary>True once TERMINATE TRANSACTION named it: its running statement stops at its next limit check.</summary>
    public bool Terminated => terminated;

    public void Start(CurrentQuery query) => current = query;

    public void Finish() => current = null;

    public void Terminate() => terminated = true;
}

/// <summary>A statement running in a transaction: <c>query-N</c>, its text and when it started.</summary>
internal sealed record CurrentQuery(string Id, string Text, DateTimeOffset StartTime);
