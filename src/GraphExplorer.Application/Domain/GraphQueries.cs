using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Domain;

/// <summary>Runs read queries in a session of their own (auto-commit). Thread-safe: one session per call.</summary>
internal static class GraphQueries
{
    /// <summary>A read whose rows answer a client: the database's row limit (<c>Database:MaxRows</c>) applies.</summary>
    public static async Task<QueryResult> ReadAsync(
        this IGraphDatabase database,
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        await using var session = database.OpenSession();
        return await session.RunAsync(cypher, WithVisibleLevels(parameters), cancellationToken);
    }

    /// <summary>
    /// A read for the system's own work (search candidates, validation, lineage): it reads as much of the graph as the work
    /// needs, so the row limit, which caps rows returned to a client, does not apply (see <see cref="SessionOptions.SystemWork"/>).
    /// </summary>
    public static async Task<QueryResult> SystemReadAsync(
        this IGraphDatabase database,
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        await using var session = database.OpenSession(SessionOptions.System);
        return await session.RunAsync(cypher, WithVisibleLevels(parameters), cancellationToken);
    }

    /// <summary>The parameters with the levels the current reader sees (<see cref="Visible"/>'s predicate reads them);
    /// unchanged for an unrestricted reader, whose queries carry no predicate.</summary>
    private static IReadOnlyDictionary<string, object?>? WithVisibleLevels(IReadOnlyDictionary<string, object?>? parameters)
    {
        if (ReaderVisibility.Current.Levels is not { } levels)
        {
            return parameters;
        }

        var withLevels = parameters is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
        withLevels[ReaderVisibility.Parameter] = levels.ToList<object?>();
        return withLevels;
    }

    public static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            parameters[name] = value;
        }

        return parameters;
    }

    /// <summary>A list property read as strings (absent → empty).</summary>
    public static IReadOnlyList<string> Strings(object? value) =>
        value is IEnumerable<object?> list ? [.. list.OfType<string>()] : [];
}
