namespace GraphExplorer.Server.GraphQL;

/// <summary>How many wrong steward keys one client address may present before it must wait (<c>Stewards</c> section).</summary>
public sealed class StewardKeyThrottleOptions
{
    public const string Section = "Stewards";

    /// <summary>Wrong keys accepted from one address within a window; the next request with a key is refused (429).</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>Length of the window, from the address's first wrong key; the count starts again after it.</summary>
    public double FailedAttemptWindowSeconds { get; set; } = 300;
}
