using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Announces scripts that a steward's <c>load</c> applied to the database from outside this process (the
/// <c>AppliedScript</c> records, see <see cref="ScriptLoader"/>): each <see cref="PollAsync"/> reads the records
/// applied since the previous one and publishes each as a <see cref="CommittedChange"/> of operation <c>load</c>. The
/// first poll only notes where the records stand, so what was loaded before is not announced. Not thread-safe: one
/// poller (the server's background loop).
/// </summary>
public sealed class LoadAnnouncer(IGraphDatabase database, ChangeFeed changes)
{
    public const string Operation = "load";

    private DateTimeOffset? seen;
    private bool started;

    public async Task PollAsync(CancellationToken cancellationToken)
    {
        if (!started)
        {
            var latest = await database.SystemReadAsync(
                $"MATCH (s:{ScriptLoader.AppliedScriptLabel}) WHERE s.appliedAt IS NOT NULL RETURN max(s.appliedAt) AS latest", null, cancellationToken);
            seen = latest[0]["latest"] is { } stored ? Instant(stored) : null;
            started = true;
            return;
        }

        var applied = await database.SystemReadAsync(
            $"MATCH (s:{ScriptLoader.AppliedScriptLabel}) WHERE s.batch IS NOT NULL AND s.appliedAt IS NOT NULL AND ($since IS NULL OR s.appliedAt > $since) " +
            "RETURN s.batch AS batch, s.appliedAt AS at ORDER BY at, batch",
            GraphQueries.Parameters(("since", seen)),
            cancellationToken);
        foreach (var row in applied)
        {
            var at = Instant(row["at"]);
            seen = at;
            if (changes.HasSubscribers)
            {
                changes.Publish(await ChangeDescriptions.DescribeAsync(database, row.Get<string>("batch"), Operation, at, null, []));
            }
        }
    }

    /// <summary>The stored <c>appliedAt</c> (written from a DateTimeOffset, so ticks are exact).</summary>
    private static DateTimeOffset Instant(object? stored) => stored switch
    {
        CypherDateTime dt => dt.ToDateTimeOffset(),
        DateTimeOffset instant => instant,
        _ => throw new InvalidDataException($"{ScriptLoader.AppliedScriptLabel}.appliedAt is {stored ?? "null"}, not a datetime."),
    };
}
