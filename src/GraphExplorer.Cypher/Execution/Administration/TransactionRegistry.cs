using System.Collections.Concurrent;
using System.Globalization;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Execution.Administration;

/// <summary>
/// The transactions open on one database: the one home SHOW TRANSACTIONS reads and TERMINATE TRANSACTIONS acts on.
/// Every entry point (the embedded API, Bolt, the Query API, GraphQL's database calls) runs its work through the
/// database's sessions, and the sessions register each explicit transaction and each auto-commit statement here.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class TransactionRegistry
{
    private readonly ConcurrentDictionary<string, RunningTransaction> open = new(StringComparer.Ordinal);
    private long lastTransaction;
    private long lastQuery;

    public RunningTransaction Begin(AccessMode accessMode, ClientInfo? client)
    {
        var number = Interlocked.Increment(ref lastTransaction);
        var transaction = new RunningTransaction($"{Neo4jCompatibility.DefaultDatabase}-transaction-{number.ToString(CultureInfo.InvariantCulture)}", accessMode, client);
        open[transaction.Id] = transaction;
        return transaction;
    }

    public void End(RunningTransaction transaction) => open.TryRemove(transaction.Id, out _);

    /// <summary>Marks <paramref name="text"/> as the statement <paramref name="transaction"/> runs now.</summary>
    public void StartQuery(RunningTransaction transaction, string text) =>
        transaction.Start(new CurrentQuery($"query-{Interlocked.Increment(ref lastQuery).ToString(CultureInfo.InvariantCulture)}", text, DateTimeOffset.UtcNow));

    /// <summary>The open transactions, oldest first.</summary>
    public IReadOnlyList<RunningTransaction> Open() => [.. open.Values.OrderBy(t => t.StartTime).ThenBy(t => t.Id, StringComparer.Ordinal)];

    public RunningTransaction? Find(string id) => open.GetValueOrDefault(id);
}
