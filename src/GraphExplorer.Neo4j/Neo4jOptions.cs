using GraphExplorer.Database;

namespace GraphExplorer.Neo4j;

/// <summary>
/// How to reach a Neo4j server through its HTTP Query API v2.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> never shows <see cref="Password"/>, so options can be logged as they are.
/// Instances are immutable once built (init-only); <see cref="Validate"/> is called by <see cref="Neo4jGraphDatabase"/>.
/// </remarks>
public sealed class Neo4jOptions
{
    /// <summary>Base address of the server's HTTP connector, e.g. <c>http://localhost:7474</c> (http or https).</summary>
    public Uri Uri { get; init; } = new("http://localhost:7474");

    /// <summary>Database used when a session names none.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>User for Basic authentication; null sends no Authorization header (auth disabled on the server).</summary>
    public string? User { get; init; } = "neo4j";

    /// <summary>Password for Basic authentication. Never logged, never shown by <see cref="ToString"/>.</summary>
    public string? Password { get; init; }

    /// <summary>Longest time one HTTP request may take, retries excluded.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a failed auto-commit query or transaction begin is tried again on a transient failure.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First back-off delay; each retry doubles it (plus jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// An explicit transaction idle this long gets a keep-alive request, so the server (which rolls back transactions idle
    /// past <c>server.queryapi.transaction_idle_timeout</c>, 60 s by default) keeps it open. A keep-alive is also sent before
    /// the expiry time the server reports, whichever comes first. <see cref="Timeout.InfiniteTimeSpan"/> disables keep-alive.
    /// </summary>
    public TimeSpan TransactionKeepAlive { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The limits of a session that sets none (<see cref="SessionOptions.Limits"/>): the row limit is checked on each
    /// answer as it arrives, the timeout bounds each statement; system work is exempt from the row limit as on the
    /// embedded engine. Null: no limits beyond <see cref="RequestTimeout"/>.
    /// </summary>
    public QueryLimits? DefaultLimits { get; init; }

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> naming the first bad one.</summary>
    public void Validate()
    {
        if (Uri is null || !Uri.IsAbsoluteUri || (Uri.Scheme != Uri.UriSchemeHttp && Uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(
                $"Neo4jOptions.Uri must be an absolute http:// or https:// address of the Neo4j HTTP connector (e.g. http://localhost:7474); got '{Uri}'. "
                + "bolt:// and neo4j:// addresses are for drivers, not for the Query API.");
        }

        if (!string.IsNullOrEmpty(Uri.UserInfo))
        {
            // Credentials in the URI would show wherever the URI is logged or named in an error.
            throw new ArgumentException(
                $"Neo4jOptions.Uri must not carry credentials ({Uri.Scheme}://{Uri.Authority}{Uri.AbsolutePath}); set User and Password instead.");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            throw new ArgumentException("Neo4jOptions.Database must name a database, e.g. \"neo4j\".");
        }

        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"Neo4jOptions.RequestTimeout must be positive; got {RequestTimeout}.");
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentException($"Neo4jOptions.MaxRetries must be 0 or more; got {MaxRetries}.");
        }

        if (RetryBaseDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"Neo4jOptions.RetryBaseDelay must not be negative; got {RetryBaseDelay}.");
        }

        if (TransactionKeepAlive <= TimeSpan.Zero && TransactionKeepAlive != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"Neo4jOptions.TransactionKeepAlive must be positive or infinite; got {TransactionKeepAlive}.");
        }
    }

    /// <summary>Describes the options with the password redacted.</summary>
    public override string ToString() =>
        $"Neo4jOptions {{ Uri = {RedactedUri()}, Database = {Database}, User = {User ?? "(none)"}, Password = {(Password is null ? "(none)" : "***")}, "
        + $"RequestTimeout = {RequestTimeout}, MaxRetries = {MaxRetries}, RetryBaseDelay = {RetryBaseDelay}, TransactionKeepAlive = {TransactionKeepAlive} }}";

    private string RedactedUri() =>
        Uri is { IsAbsoluteUri: true, UserInfo.Length: > 0 } ? $"{Uri.Scheme}://***@{Uri.Authority}{Uri.PathAndQuery}" : $"{Uri}";
}
