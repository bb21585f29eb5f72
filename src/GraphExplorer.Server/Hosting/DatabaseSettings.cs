namespace GraphExplorer.Server.Hosting;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";

    /// <summary><c>embedded</c> (default) or <c>neo4j</c>.</summary>
    public string Backend { get; set; } = "embedded";

    /// <summary>Folder of the embedded database; relative paths are taken from the repository root.</summary>
    public string Path { get; set; } = "data/graph";

    /// <summary>Longest time one query may run.</summary>
    public double QueryTimeoutSeconds { get; set; } = 30;

    /// <summary>Most rows one query may return.</summary>
    public long MaxRows { get; set; } = 100_000;
}
