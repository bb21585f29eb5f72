namespace GraphExplorer.Server.Hosting;

/// <summary>The <c>Load</c> configuration section: how <c>load</c> and the seed at start-up apply scripts.</summary>
public sealed class LoadSettings
{
    public const string Section = "Load";

    /// <summary>Longest time one script file may take, all its statements together (each statement also has
    /// <c>Database:QueryTimeoutSeconds</c>); 0 for no bound. A file over it applies nothing.</summary>
    public double FileTimeoutSeconds { get; set; } = 3600;

    public TimeSpan? FileTimeout => FileTimeoutSeconds > 0 ? TimeSpan.FromSeconds(FileTimeoutSeconds) : null;
}
