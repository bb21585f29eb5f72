using System.Diagnostics;
using GraphExplorer.Database;
using SessionOptions = GraphExplorer.Database.SessionOptions;

namespace GraphExplorer.Server.Telemetry;

/// <summary>
/// Decorates the server's database with a trace span per Cypher statement (<c>db.query.text</c> is the statement as the
/// application wrote it: values travel as parameters, so the text names no data) and the statement and transaction
/// duration metrics of <see cref="ServerMetrics"/>. Forwards <see cref="IReportsWriteFailures"/> for <c>/health</c>, and
/// <see cref="IChecksSyntax"/> for the script loader.
/// Thread-safe as the database it wraps.
/// </summary>
internal sealed class TracedGraphDatabase(IGraphDatabase inner, ServerMetrics metrics) : IGraphDatabase, IReportsWriteFailures, IChecksSyntax
{
    public string BackendName => inner.BackendName;

    public string? LastWriteFailure => (inner as IReportsWriteFailures)?.LastWriteFailure;

    public void CheckSyntax(string statement) => (inner as IChecksSyntax)?.CheckSyntax(statement);

    public IGraphSession OpenSession(SessionOptions? options = null) => new Session(this, inner.OpenSession(options));

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => inner.VerifyConnectivityAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private KeyValuePair<string, object?> Backend => new("db.system.name", inner.BackendName);

    private void RecordTransaction(TimeSpan elapsed, string outcome) =>
        metrics.TransactionDuration.Record(elapsed.TotalSeconds, Backend, new("outcome", outcome));

    private async Task<QueryResult> RunAsync(Func<Task<QueryResult>> run, string cypher)
    {
        using var activity = ServerMetrics.Database.StartActivity("cypher", ActivityKind.Client);
        activity?.SetTag("db.system.name", inner.BackendName);
        activity?.SetTag("db.query.text", cypher);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            outcome = e is CypherException cypherError ? cypherError.Kind.ToString() : "failed";
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
            throw;
        }
        finally
        {
            metrics.StatementDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, Backend, new("outcome", outcome));
        }
    }

    private sealed class Session(TracedGraphDatabase owner, IGraphSession inner) : IGraphSession
    {
        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
            owner.RunAsync(() => inner.RunAsync(cypher, parameters, cancellationToken), cypher);

        public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default) =>
            new Transaction(owner, await inner.BeginTransactionAsync(accessMode, cancellationToken).ConfigureAwait(false));

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    /// <summary>Records the transaction's duration once, at its commit, rollback or (unfinished) disposal.</summary>
    private sealed class Transaction(TracedGraphDatabase owner, IGraphTransaction inner) : IGraphTransaction
    {
        private readonly long started = Stopwatch.GetTimestamp();
        private int recorded;

        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
            owner.RunAsync(() => inner.RunAsync(cypher, parameters, cancellationToken), cypher);

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                await inner.CommitAsync(cancellationToken).ConfigureAwait(false);
                Record("committed");
            }
            catch
            {
                Record("commit failed");
                throw;
            }
        }

        public async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            await inner.RollbackAsync(cancellationToken).ConfigureAwait(false);
            Record("rolled back");
        }

        public ValueTask DisposeAsync()
        {
            Record("rolled back");
            return inner.DisposeAsync();
        }

        private void Record(string outcome)
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                owner.RecordTransaction(Stopwatch.GetElapsedTime(started), outcome);
            }
        }
    }
}
