using System.Globalization;

namespace GraphExplorer.Cypher.Execution.Administration;

/// <summary>One setting as SHOW SETTINGS lists it (Operations manual, "Show configuration settings" › Return columns).</summary>
internal sealed record DatabaseSetting(string Name, string? Value, string? DefaultValue, string Description, string ValidValues)
{
    /// <summary>The row of SHOW SETTINGS YIELD *: none of these changes while the database runs (not dynamic, none deprecated).</summary>
    public object?[] Row() =>
        [Name, Value, false, DefaultValue, Description, Value, Value != DefaultValue, ValidValues, false];
}

/// <summary>
/// The settings the embedded database actually has, under Neo4j's names where Neo4j has the same setting (the server
/// fills them from its own configuration, <c>Database:QueryTimeoutSeconds</c> and friends); values are text, as Neo4j
/// lists them. Settings Neo4j has and this engine does not (memory limits, page cache, clustering) are not listed.
/// </summary>
/// <remarks>Immutable.</remarks>
internal sealed class DatabaseSettings(IReadOnlyList<DatabaseSetting> settings)
{
    /// <summary>No settings (a context made without a database).</summary>
    public static readonly DatabaseSettings None = new([]);

    public static DatabaseSettings Of(EngineSettingValues values) => new(
    [
        new("db.transaction.timeout", Duration(values.Timeout), "0s",
            "The longest time one statement may run; a statement over it fails and applies nothing (0s: no limit).",
            "a duration (Valid units are: `ns`, `μs`, `ms`, `s`, `m`, `h` and `d`; default unit is `s`)"),
        new("graphexplorer.query.max_rows", values.MaxRows is { } rows ? rows.ToString(CultureInfo.InvariantCulture) : "0", "0",
            "The most rows one query may return to a client (0: no limit); this engine's own setting, Neo4j has none.",
            "an integer which is minimum `0`"),
        new("server.databases.default_to_read_only", values.ReadOnly ? "true" : "false", "false",
            "The database was opened read-only: every write is refused.", "a boolean"),
        new("server.db.query_cache_size", values.PlanCacheSize.ToString(CultureInfo.InvariantCulture), "1000",
            "How many compiled queries are kept, by query text.", "an integer which is minimum `0`"),
        new("server.directories.import", values.ImportDirectory, null,
            "The only folder LOAD CSV reads `file:///` URLs from; none: LOAD CSV reads no file.", "a path"),
    ]);

    /// <summary>All settings, ordered by name.</summary>
    public IEnumerable<object?[]> Rows() => settings.Select(s => s.Row());

    /// <summary>A duration as Neo4j writes it in its settings: whole seconds as <c>30s</c>, else milliseconds.</summary>
    private static string Duration(TimeSpan? duration) => duration switch
    {
        null => "0s",
        { } d when d.Ticks % TimeSpan.TicksPerSecond == 0 => $"{(long)d.TotalSeconds}s",
        { } d => $"{(long)d.TotalMilliseconds}ms",
    };
}

/// <summary>The values <see cref="DatabaseSettings"/> are made from: the database's options and default limits.</summary>
internal sealed record EngineSettingValues(TimeSpan? Timeout, long? MaxRows, bool ReadOnly, int PlanCacheSize, string? ImportDirectory);
