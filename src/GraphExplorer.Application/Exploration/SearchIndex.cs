using System.Diagnostics;
using System.Runtime.CompilerServices;
using GraphExplorer.Application.Domain;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// One searchable entity as the index holds it: its <c>searchText</c>, the names it is ranked on (main name first) and
/// those names normalised (<see cref="SearchText.Normalize"/>, done once here rather than per keystroke).
/// </summary>
internal sealed record SearchEntry(string Key, EntityType Type, string SearchText, IReadOnlyList<string> Names, IReadOnlyList<string> NormalizedNames);

/// <summary>
/// An in-memory copy of the <c>searchText</c> and names of every searchable entity of one database, so a keystroke
/// is answered by one vectorised ordinal <c>IndexOf</c> pass over all <c>searchText</c>s joined in one string (then
/// the other words tested on the entries it hits) instead of a label scan of every searchable node through the query
/// engine (the embedded engine's indexes are equality-only: <c>CONTAINS</c> cannot use them). The semantics are those
/// of <c>n.searchText CONTAINS w</c> for every word.
/// </summary>
/// <remarks>
/// Freshness: built by one scan query per label at the first search; dropped by <see cref="Invalidate"/>, which the
/// application's writers call after each commit (script loading, steward mutations), so the next search reads its own
/// writes; and rebuilt in the background when older than <see cref="MaxAge"/>, for writers outside this process (a
/// shared Neo4j database). <see cref="SearchService"/> re-reads its hits by key and retries on a fresh index when a hit
/// is gone or its <c>searchText</c> changed, so a stale index never returns a deleted or renamed entity; an entity
/// created by another process is found after at most <see cref="MaxAge"/> plus one rebuild.
/// Thread-safe: the entries are an immutable snapshot swapped atomically; builds are serialised.
/// </remarks>
internal sealed class SearchIndex
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private static readonly ConditionalWeakTable<IGraphDatabase, SearchIndex> Indexes = new();

    private readonly IGraphDatabase database;
    private readonly SemaphoreSlim building = new(1, 1);
    private Snapshot? current;
    private long version;
    private int refreshing;

    private SearchIndex(IGraphDatabase database) => this.database = database;

    /// <summary>The index of a database (one per database instance, created empty).</summary>
    public static SearchIndex For(IGraphDatabase database) => Indexes.GetValue(Shared(database), d => new SearchIndex(d));

    /// <summary>Drops the index of <paramref name="database"/>, if any: the next search rebuilds it. Call after committing a write.</summary>
    public static void Invalidate(IGraphDatabase database)
    {
        if (Indexes.TryGetValue(Shared(database), out var index))
        {
            index.Drop();
        }
    }

    /// <summary>The database an index belongs to: the API's per-request view of a database shares that database's index.</summary>
    private static IGraphDatabase Shared(IGraphDatabase database) =>
        database is Api.SnapshotRoutingDatabase routing ? routing.Shared : database;

    public void Drop()
    {
        Interlocked.Increment(ref version);
        Volatile.Write(ref current, null);
    }

    /// <summary>The index, built now when there is none; an old snapshot is returned while a fresh one is built in the background.</summary>
    public async Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref current);
        if (snapshot is null)
        {
            await building.WaitAsync(cancellationToken);
            try
            {
                snapshot = Volatile.Read(ref current) ?? await BuildAndKeepAsync(cancellationToken);
            }
            finally
            {
                building.Release();
            }
        }
        else if (Stopwatch.GetElapsedTime(snapshot.Built) > MaxAge && Interlocked.Exchange(ref refreshing, 1) == 0)
        {
            _ = Task.Run(RefreshAsync, CancellationToken.None);
        }

        return snapshot;
    }

    private async Task RefreshAsync()
    {
        try
        {
            await building.WaitAsync();
            try
            {
                await BuildAndKeepAsync(CancellationToken.None);
            }
            finally
            {
                building.Release();
            }
        }
        catch (Exception)
        {
            // A failed background refresh keeps the old snapshot; the next search past MaxAge tries again.
        }
        finally
        {
            Volatile.Write(ref refreshing, 0);
        }
    }

    /// <summary>Builds a snapshot and keeps it unless a write was signalled meanwhile (it may predate that write); the caller holds <see cref="building"/>.</summary>
    private async Task<Snapshot> BuildAndKeepAsync(CancellationToken cancellationToken)
    {
        var started = Interlocked.Read(ref version);
        var snapshot = new Snapshot(await ReadAsync(cancellationToken));
        if (Interlocked.Read(ref version) == started)
        {
            Volatile.Write(ref current, snapshot);
        }

        return snapshot;
    }

    private async Task<SearchEntry[]> ReadAsync(CancellationToken cancellationToken)
    {
        var entries = new List<SearchEntry>();
        foreach (var type in GraphModel.SearchableTypes)
        {
            var rows = await database.SystemReadAsync(
                $"MATCH (n:{GraphModel.Label(type)}) WHERE n.searchText IS NOT NULL AND n.key IS NOT NULL " +
                $"RETURN n.key AS key, n.searchText AS searchText, {NodeCards.NameExpression} AS name, n.aliases AS aliases, " +
                string.Join(", ", SearchService.OtherNameProperties.Select(p => $"n.{p} AS {p}")),
                null,
                cancellationToken);
            foreach (var row in rows)
            {
                if (row["searchText"] is string text && row["key"] is string key)
                {
                    List<string> names = [row.Get<string>("name"), .. GraphQueries.Strings(row["aliases"])];
                    names.AddRange(SearchService.OtherNameProperties.Select(p => row[p]).OfType<string>());
                    entries.Add(new SearchEntry(key, type, text, names, [.. names.Select(SearchText.Normalize)]));
                }
            }
        }

        return [.. entries];
    }

    /// <summary>
    /// An immutable copy of the entries with their <c>searchText</c>s joined by <c>'\n'</c> (which a normalised text never
    /// contains, so no match spans two entries) and the offset where each starts.
    /// </summary>
    internal sealed class Snapshot
    {
        private readonly string joined;
        private readonly int[] starts;

        public Snapshot(SearchEntry[] entries)
        {
            Entries = entries;
            starts = new int[entries.Length];
            var builder = new System.Text.StringBuilder(entries.Sum(e => e.SearchText.Length + 1));
            for (var i = 0; i < entries.Length; i++)
            {
                starts[i] = builder.Length;
                builder.Append(entries[i].SearchText).Append('\n');
            }

            joined = builder.ToString();
        }

        public IReadOnlyList<SearchEntry> Entries { get; }

        public long Built { get; } = Stopwatch.GetTimestamp();

        /// <summary>The entries whose <c>searchText</c> contains every word, in index order; <paramref name="words"/> longest first (the first is searched, the others tested).</summary>
        public IEnumerable<SearchEntry> Matching(IReadOnlyList<string> words)
        {
            var at = 0;
            while (at < joined.Length && (at = joined.IndexOf(words[0], at, StringComparison.Ordinal)) >= 0)
            {
                var index = Array.BinarySearch(starts, at);
                index = index >= 0 ? index : ~index - 1;
                var entry = Entries[index];
                if (words.Skip(1).All(w => entry.SearchText.Contains(w, StringComparison.Ordinal)))
                {
                    yield return entry;
                }

                at = starts[index] + entry.SearchText.Length + 1;
            }
        }
    }
}
