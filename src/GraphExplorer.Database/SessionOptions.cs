namespace GraphExplorer.Database;

/// <summary>Options of one session.</summary>
/// <param name="Database">Database name; null means the backend's default.</param>
/// <param name="Limits">Limits for every query of the session; null means the database's defaults.</param>
/// <param name="Bookmarks">Bookmarks to wait for before the first query (causal consistency on clusters).</param>
public sealed record SessionOptions(
    string? Database = null,
    QueryLimits? Limits = null,
    IReadOnlyList<string>? Bookmarks = null);
