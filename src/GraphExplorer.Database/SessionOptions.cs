namespace GraphExplorer.Database;

/// <summary>Options of one session.</summary>
/// <param name="Database">Database name; null means the backend's default.</param>
/// <param name="Limits">Limits for every query of the session; null means the database's defaults.</param>
/// <param name="Bookmarks">Bookmarks to wait for before the first query (causal consistency on clusters).</param>
/// <param name="SystemWork">Work the system does for itself (dump, validation, loading, ranking search candidates), not a query
/// whose rows go to a client: the row limit (<see cref="QueryLimits.MaxRows"/>), which caps what one query returns to a
/// client, does not apply; the timeout does.</param>
/// <param name="Client">Who runs the session's work (connection, address, user), shown by SHOW TRANSACTIONS; null when unknown.</param>
public sealed record SessionOptions(
    string? Database = null,
    QueryLimits? Limits = null,
    IReadOnlyList<string>? Bookmarks = null,
    bool SystemWork = false,
    ClientInfo? Client = null)
{
    /// <summary>A session for the system's own work on the default database (see <see cref="SystemWork"/>).</summary>
    public static SessionOptions System { get; } = new(SystemWork: true);

    /// <summary>The limits that apply in this session, given the database's defaults.</summary>
    public QueryLimits EffectiveLimits(QueryLimits? defaults)
    {
        var limits = Limits ?? defaults ?? QueryLimits.None;
        return SystemWork ? limits with { MaxRows = null } : limits;
    }
}
