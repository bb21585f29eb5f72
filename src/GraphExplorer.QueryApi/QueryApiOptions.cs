using GraphExplorer.Database;

namespace GraphExplorer.QueryApi;

/// <summary>What a <see cref="QueryApiService"/> allows: the same kinds of limits as the server's other endpoints.</summary>
public sealed record QueryApiOptions
{
    /// <summary>The limits of every query (timeout, rows); null for the database's own, which the server's other
    /// endpoints have too.</summary>
    public QueryLimits? Limits { get; init; }

    /// <summary>How long an explicit transaction may stay idle before it is rolled back (Neo4j's default is 30 s); an open
    /// write transaction holds the database's write lock, so it must not be left open for ever.</summary>
    public TimeSpan TransactionIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Explicit transactions open at once; one more is refused with a transient error.</summary>
    public int MaxOpenTransactions { get; init; } = 100;

    /// <summary>Largest request body accepted; a larger one is refused with 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1 << 20;

    /// <summary>The version announced by the discovery document (Neo4j's clients check it).</summary>
    public string AnnouncedVersion { get; init; } = Neo4jCompatibility.KernelVersion;

    /// <summary>The edition announced by the discovery document.</summary>
    public string AnnouncedEdition { get; init; } = Neo4jCompatibility.Edition;
}
