using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Visibility;

/// <summary>
/// The sources, among those a tie names in its <c>sources</c> list, that the current reader may not see. A tie stores
/// its sources as ids rather than relationships, so no pattern can filter them: whatever reads or counts those ids
/// leaves these out, as a reader must meet neither their ids nor their number.
/// </summary>
public static class HiddenSources
{
    /// <summary>The hidden ones of <paramref name="keys"/>; empty (no query) for an unrestricted reader. A key with no
    /// source in the graph is not hidden: it was never restricted, and a steward's check reports it.</summary>
    public static async Task<IReadOnlySet<string>> AmongAsync(IGraphDatabase database, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        if (!ReaderVisibility.Current.IsRestricted || distinct.Count == 0)
        {
            return new HashSet<string>();
        }

        var rows = await database.ReadAsync(
            $"UNWIND $keys AS k MATCH (s:Source {{key: k}}) WHERE NOT ({Visible.All("s")}) RETURN k AS key",
            GraphQueries.Parameters(("keys", distinct)),
            cancellationToken);
        return rows.Select(r => r.Get<string>("key")).ToHashSet(StringComparer.Ordinal);
    }
}
