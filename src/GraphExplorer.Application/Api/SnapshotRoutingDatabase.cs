using GraphExplorer.Database;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// The database the resolvers' services use: while a resolver of a query operation runs (see <see cref="Enter"/>), a
/// client read (a session with default options) runs in the request's <see cref="ReadSnapshot"/>; everything else —
/// mutations with their own write transactions, the system's own reads — goes to the shared
/// database. The current request travels in an <see cref="AsyncLocal{T}"/>, so the services keep taking a database and
/// need not know about requests.
/// </summary>
/// <remarks>Thread-safe, like the database it wraps.</remarks>
internal sealed class SnapshotRoutingDatabase(IGraphDatabase shared) : IGraphDatabase, IChecksSyntax
{
    private const string SnapshotKey = "GraphExplorer.ReadSnapshot";

    private static readonly AsyncLocal<ReadSnapshot?> Current = new();

    public string BackendName => shared.BackendName;

    /// <summary>
    /// Makes the rest of the calling async method (and what it awaits) read the snapshot of <paramref name="context"/>'s
    /// request when its operation is a query. Call at the start of an async resolver or data loader batch: the value
    /// set in an async method does not leak to its caller.
    /// </summary>
    public void Enter(IResolveContext context) =>
        Current.Value = context.Operation.Operation == OperationType.Query
            ? context.Services.GetOrAdd(SnapshotKey, () => new ReadSnapshot(shared))
            : null;

    public IGraphSession OpenSession(SessionOptions? options = null) =>
        options is null && Current.Value is { } snapshot ? new SnapshotSession(snapshot) : shared.OpenSession(options);

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => shared.VerifyConnectivityAsync(cancellationToken);

    /// <summary>Forwarded, so scripts loaded through this view (a spreadsheet import) are checked before they run.</summary>
    public void CheckSyntax(string statement) => (shared as IChecksSyntax)?.CheckSyntax(statement);

    /// <summary>The wrapped database belongs to its owner, not to this view of it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A session whose queries run in the request's read transaction; it owns nothing, so disposing it ends nothing.</summary>
    private sealed class SnapshotSession(ReadSnapshot snapshot) : IGraphSession
    {
        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
            CancellationToken cancellationToken = default) =>
            snapshot.RunAsync(cypher, parameters, cancellationToken);

        public Task<IGraphTransaction> BeginTransactionAsync(AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("A query operation reads its request's one snapshot; a transaction of its own would read another version.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
