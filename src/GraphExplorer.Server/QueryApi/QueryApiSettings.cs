using GraphExplorer.Application.Stewardship;

namespace GraphExplorer.Server.QueryApi;

/// <summary>The <c>QueryApi</c> configuration section: Neo4j's HTTP Query API on the server's own port (off by default).</summary>
public sealed class QueryApiSettings
{
    public const string Section = "QueryApi";

    public bool Enabled { get; set; }

    /// <summary>Whether a request without credentials may read.</summary>
    public bool AllowAnonymousReads { get; set; }

    /// <summary>Read-only logins: entries <c>{ Name, Hash, Salt }</c> made by <c>steward-key NAME</c>; the user is the
    /// entry's name and the password its key. Writing needs the user <c>steward</c> with a steward key (<c>Stewards:Keys</c>).</summary>
    public List<StewardKeyEntry> Readers { get; set; } = [];

    /// <summary>Longest an explicit transaction may stay idle before it is rolled back (it may hold the write lock).</summary>
    public double TransactionIdleTimeoutSeconds { get; set; } = 30;

    public int MaxOpenTransactions { get; set; } = 100;

    public long MaxRequestBodyBytes { get; set; } = 1 << 20;
}
