namespace GraphExplorer.Database;

/// <summary>
/// Bounds that stop a hostile or mistaken query. A query that exceeds one fails with
/// <see cref="CypherErrorKind.QueryTimeout"/> or <see cref="CypherErrorKind.ResultLimitExceeded"/>
/// and its transaction applies nothing.
/// </summary>
/// <param name="Timeout">Longest time one query may run; null for no bound.</param>
/// <param name="MaxRows">Most rows one query may return; null for no bound.</param>
public sealed record QueryLimits(TimeSpan? Timeout = null, long? MaxRows = null)
{
    public static QueryLimits None { get; } = new();
}
