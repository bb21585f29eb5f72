using GraphExplorer.Application.Domain;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Visibility;

/// <summary>One entry of the read audit: who was given which restricted items, when, in which request.</summary>
/// <param name="Items"><c>node org:x (restricted)</c>, <c>rel org:x PARTY_TO agr:y (internal)</c>.</param>
public sealed record RestrictedRead(string Reader, DateTimeOffset At, string? Request, IReadOnlyList<string> Items);

/// <summary>
/// The read audit: for each request that was given restricted items, a <c>(:ReadAuditEntry {reader, at, request,
/// items})</c> node, kept in the graph beside the write audit's <c>AuditEntry</c> nodes (a label of its own, so a
/// batch's lineage and the change feed never see reads). Stewards read it (GraphQL <c>restrictedReads</c>).
/// Thread-safe (stateless).
/// </summary>
public static class ReadAuditTrail
{
    public const string Label = "ReadAuditEntry";

    public const int MaxPage = 500;

    /// <summary>Records what <paramref name="reads"/> noted, in a transaction of its own (nothing when it noted nothing).</summary>
    public static async Task RecordAsync(IGraphDatabase database, RestrictedReads reads, DateTimeOffset at, string? request, CancellationToken cancellationToken = default)
    {
        if (reads.IsEmpty)
        {
            return;
        }

        await using var session = database.OpenSession(SessionOptions.System);
        await session.RunAsync(
            $"CREATE (:{Label} {{reader: $reader, at: $at, request: $request, items: $items}})",
            GraphQueries.Parameters(("reader", reads.Reader), ("at", at), ("request", request), ("items", reads.Items.ToList<object?>())),
            cancellationToken);
    }

    /// <summary>The latest entries first, of one reader when <paramref name="reader"/> is given.</summary>
    public static async Task<IReadOnlyList<RestrictedRead>> ListAsync(IGraphDatabase database, string? reader, int first, CancellationToken cancellationToken = default)
    {
        if (first is < 0 or > MaxPage)
        {
            throw ApplicationErrors.InvalidArgument("first", $"must be between 0 and {MaxPage}, got {first}");
        }

        var rows = await database.SystemReadAsync(
            $"MATCH (e:{Label}) WHERE $reader IS NULL OR e.reader = $reader RETURN e ORDER BY e.at DESC LIMIT $first",
            GraphQueries.Parameters(("reader", reader), ("first", (long)first)),
            cancellationToken);
        return [.. rows.Select(r => r.Get<CypherNode>("e").Properties).Select(p => new RestrictedRead(
            p.GetValueOrDefault("reader") as string ?? "",
            p.GetValueOrDefault("at") is CypherDateTime at ? at.ToDateTimeOffset() : DateTimeOffset.MinValue,
            p.GetValueOrDefault("request") as string,
            GraphQueries.Strings(p.GetValueOrDefault("items"))))];
    }
}
