using GraphExplorer.Database;

namespace GraphExplorer.TestSupport.Backends;

/// <summary>
/// A database created for a test: the client to it, and on disposal the database dropped after the client closes.
/// Forwards <see cref="IChecksSyntax"/> when the client offers it.
/// </summary>
internal sealed class ProvisionedGraphDatabase(IGraphDatabase inner, IAsyncDisposable owner) : IGraphDatabase, IChecksSyntax
{
    public string BackendName => inner.BackendName;

    public void CheckSyntax(string statement) => (inner as IChecksSyntax)?.CheckSyntax(statement);

    public IGraphSession OpenSession(SessionOptions? options = null) => inner.OpenSession(options);

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => inner.VerifyConnectivityAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await owner.DisposeAsync();
    }
}
