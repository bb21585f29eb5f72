using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Bolt.Server;
using GraphExplorer.Database;
using GraphExplorer.Server.Access;
using GraphExplorer.Server.GraphQL;
using GraphExplorer.Server.Hosting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Bolt;

/// <summary>
/// Runs the Bolt server beside the web host when <c>Bolt:Enabled</c> is true, on the server's database with its query
/// limits (<c>Database:QueryTimeoutSeconds</c>, <c>Database:MaxRows</c>) and its steward keys: the server's one
/// <see cref="StewardKeyVerifier"/>, so a key added to the keys file (<c>steward-key NAME --add</c>) logs in over Bolt as
/// over <c>/graphql</c>, without a restart. Its bookmarks come from the server's one <see cref="BookmarkLedger"/>, shared
/// with the Query API.
/// </summary>
internal sealed class BoltHostedService(
    IOptions<BoltSettings> settings,
    IConfiguration configuration,
    IGraphDatabase database,
    StewardKeyVerifier stewardKeys,
    StewardKeyThrottle throttle,
    ProductLayout layout,
    ProviderTokens providerTokens,
    BookmarkLedger bookmarks,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private BoltServer? server;

    /// <summary>The port listened on, once started; null when Bolt is off.</summary>
    public int? Port => server?.Port;

    /// <summary>What the Bolt server checks logins with, once started; null when Bolt is off.</summary>
    public IBoltAuthenticator? Authenticator { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bolt = settings.Value;
        if (!bolt.Enabled)
        {
            return Task.CompletedTask;
        }

        if (!IPAddress.TryParse(bolt.Address, out var address))
        {
            throw new InvalidOperationException($"{BoltSettings.Section}:Address '{bolt.Address}' is not an IP address (e.g. 127.0.0.1, 0.0.0.0, ::).");
        }

        var databaseSettings = configuration.GetDatabaseSettings();
        var authenticator = CypherEndpointLogins.Create(
            BoltSettings.Section, bolt.AllowAnonymousReads, bolt.Readers, configuration, stewardKeys, throttle, providerTokens);
        Authenticator = authenticator;
        server = new BoltServer(database, authenticator, new BoltServerOptions
        {
            Address = address,
            Port = bolt.Port,
            MaxConnections = bolt.MaxConnections,
            MaxMessageBytes = bolt.MaxMessageBytes,
            TransactionIdleTimeout = TimeSpan.FromSeconds(bolt.TransactionIdleTimeoutSeconds),
            Limits = new QueryLimits(TimeSpan.FromSeconds(databaseSettings.QueryTimeoutSeconds), databaseSettings.MaxRows),
            Certificate = LoadCertificate(bolt),
        }, loggers.CreateLogger("GraphExplorer.Bolt"), bookmarks);
        server.Start();
        return Task.CompletedTask;
    }

    private X509Certificate2? LoadCertificate(BoltSettings bolt)
    {
        if (string.IsNullOrWhiteSpace(bolt.CertificatePath))
        {
            return null;
        }

        var path = layout.Resolve(bolt.CertificatePath);
        try
        {
            return string.IsNullOrWhiteSpace(bolt.CertificateKeyPath)
                ? X509CertificateLoader.LoadPkcs12FromFile(path, bolt.CertificatePassword)
                : X509Certificate2.CreateFromPemFile(path, layout.Resolve(bolt.CertificateKeyPath));
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{BoltSettings.Section}:CertificatePath '{path}' cannot be loaded as a TLS certificate with its private key: {e.Message}", e);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref server, null) is { } running)
        {
            await running.DisposeAsync();
        }
    }
}
