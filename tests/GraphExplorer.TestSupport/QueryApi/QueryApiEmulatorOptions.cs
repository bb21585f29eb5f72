namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>How a <see cref="QueryApiEmulator"/> behaves.</summary>
public sealed record QueryApiEmulatorOptions
{
    public string User { get; init; } = "neo4j";

    public string Password { get; init; } = "emulator-password";

    /// <summary>The database that exists from the start (Neo4j's default database is <c>neo4j</c>).</summary>
    public string DefaultDatabase { get; init; } = "neo4j";

    /// <summary>How long an explicit transaction may stay idle before it is rolled back (Neo4j's default is 30 s).</summary>
    public TimeSpan TransactionIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The version announced by the discovery document.</summary>
    public string AnnouncedVersion { get; init; } = "5.26.0";
}
