using System.Collections;

namespace GraphExplorer.Database;

/// <summary>
/// The outcome of one query: its columns, its rows of Cypher values and what it changed.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class QueryResult : IReadOnlyList<CypherRecord>
{
    private readonly IReadOnlyList<CypherRecord> records;

    public QueryResult(IReadOnlyList<string> keys, IReadOnlyList<CypherRecord> records, QueryStatistics statistics)
    {
        Keys = keys;
        this.records = records;
        Statistics = statistics;
    }

    /// <summary>Column names in order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>What the query changed.</summary>
    public QueryStatistics Statistics { get; }

    /// <summary>Bookmark of the transaction that ran the query, when the backend gives one.</summary>
    public string? Bookmark { get; init; }

    /// <summary>Notifications the query earned (deprecated features and the like), in the order met; empty when none.</summary>
    public IReadOnlyList<QueryNotification> Notifications { get; init; } = [];

    /// <summary>The measured plan of a <c>PROFILE</c> statement (its rows are the query's own); null for any other statement.</summary>
    public ProfiledPlan? Profile { get; init; }

    public int Count => records.Count;

    public CypherRecord this[int index] => records[index];

    public IEnumerator<CypherRecord> GetEnumerator() => records.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Builds a result from raw rows, each row holding one value per key.</summary>
    public static QueryResult FromRows(
        IReadOnlyList<string> keys,
        IEnumerable<IReadOnlyList<object?>> rows,
        QueryStatistics? statistics = null) =>
        new(keys, rows.Select(r => new CypherRecord(keys, r)).ToList(), statistics ?? QueryStatistics.Empty);
}
