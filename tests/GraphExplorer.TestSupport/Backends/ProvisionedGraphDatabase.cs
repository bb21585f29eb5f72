using GraphExplorer.Database;

namespace GraphExplorer.TestSupport.Backends;

/// <summary>A database created for a test: the client to it, and on disposal the database dropped after the client closes.</summary>
internal sealed class ProvisionedGraphDatabase(IGraphDatabase inner, IAsyncDisposable owner) : IGraphDatabase
{
    public string BackendName => inner.BackendName;

    public IGraphSession OpenSession(SessionOptions? options = null) => inner.OpenSession(options);

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => inner.VerifyConnectivityAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await owner.DisposeAsync();
    }
}
