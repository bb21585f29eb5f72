namespace GraphExplorer.Server.Hosting;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";

    /// <summary><c>embedded</c> (default) or <c>neo4j</c>.</summary>
    public string Backend { get; set; } = "embedded";

    /// <summary>Folder of the embedded database; relative paths are taken from the repository root.</summary>
    public string Path { get; set; } = "data/graph";

    /// <summary>The folder <c>LOAD CSV … FROM 'file:///…'</c> reads from on the embedded backend, as Neo4j's
    /// <c>server.directories.import</c>; relative paths are taken from the repository root. Nothing outside it is read.
    /// With Neo4j, its own import directory applies.</summary>
    public string ImportDirectory { get; set; } = "import";

    /// <summary>Longest time one query may run.</summary>
    public double QueryTimeoutSeconds { get; set; } = 30;

    /// <summary>Most rows one query may return.</summary>
    public long MaxRows { get; set; } = 100_000;

    /// <summary>Neo4j's HTTP address (the Query API), used when <see cref="Backend"/> is <c>neo4j</c>.</summary>
    public string Url { get; set; } = "http://localhost:7474";

    /// <summary>Neo4j database name.</summary>
    public string DatabaseName { get; set; } = "neo4j";

    /// <summary>Neo4j user.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>Neo4j password: give it through the environment (<c>Database__Password</c>) or user secrets, never in a file
    /// under version control. It is never logged.</summary>
    public string? Password { get; set; }

    public override string ToString() =>
        $"Backend={Backend}, Path={Path}, Url={Url}, DatabaseName={DatabaseName}, User={User}, Password={(Password is null ? "(none)" : "***")}";
}
