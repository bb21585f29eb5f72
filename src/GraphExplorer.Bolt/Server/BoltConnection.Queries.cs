using System.Diagnostics;
using GraphExplorer.Bolt.Messages;
using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Bolt.Values;
using GraphExplorer.Database;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Bolt.Server;

/// <summary>
/// RUN, PULL, DISCARD, BEGIN, COMMIT and ROLLBACK. A RUN executes its query at once on the database abstraction (which
/// returns whole results); PULL and DISCARD then page its records out n at a time. Auto-commit queries of a reader, and
/// those sent with mode "r", run in read transactions, so the database itself refuses their writes.
/// </summary>
internal sealed partial class BoltConnection
{
    private OpenTransaction? transaction;
    private OpenResult? autoCommitResult;

    /// <summary>The notifications the client asked for in HELLO (all of them when it said nothing).</summary>
    private NotificationFilter notificationFilter = NotificationFilter.All;

    /// <summary>This connection as SHOW TRANSACTIONS shows it: <c>bolt-N</c>, the client's address and the signed-in user.</summary>
    private ClientInfo Client => new(Id, remoteAddress?.ToString() ?? "", user ?? "");

    private async Task RunAsync(PackStreamStructure message, CancellationToken cancellationToken)
    {
        var query = RequestFields.Text(message, 0);
        var parameters = RequestFields.Map(message, 1);
        var extra = message.Fields.Count > 2 ? RequestFields.Map(message, 2) : new Dictionary<string, object?>();
        var clock = Stopwatch.StartNew();
        if (autoCommitResult is not null)
        {
            WriteFailure(BoltErrors.WrongState(message.Tag, State));
            return;
        }

        if (transaction is { } open)
        {
            await RunInTransactionAsync(open, query, parameters, clock, cancellationToken).ConfigureAwait(false);
            return;
        }

        var work = ReadWorkOptions(message, extra);
        if (CheckWork(work) is { } refusal)
        {
            WriteFailure(refusal);
            return;
        }

        var notifications = notificationFilter.With(message, extra);
        QueryResult result;
        try
        {
            var decoded = BoltValueDecoder.DecodeParameters(parameters);
            await using var session = database.OpenSession(new SessionOptions(Limits: LimitsFor(work), Bookmarks: work.Bookmarks, Client: Client));
            if (ReadOnly(work))
            {
                await using var readTransaction = await session.BeginTransactionAsync(AccessMode.Read, cancellationToken).ConfigureAwait(false);
                result = await readTransaction.RunAsync(query, decoded, cancellationToken).ConfigureAwait(false);
                await readTransaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                result = await session.RunAsync(query, decoded, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (CypherException e)
        {
            WriteFailure(Translate(e, work));
            return;
        }

        var bookmark = result.Statistics.ContainsUpdates ? bookmarks.Commit() : bookmarks.Current;
        autoCommitResult = new OpenResult(-1, result, clock, bookmark, notifications);
        WriteSuccess(new Dictionary<string, object?>
        {
            ["fields"] = result.Keys.ToList<object?>(),
            ["t_first"] = clock.ElapsedMilliseconds,
        });
    }

    private async Task RunInTransactionAsync(
        OpenTransaction open, string query, IReadOnlyDictionary<string, object?> parameters, Stopwatch clock, CancellationToken cancellationToken)
    {
        if (open.PastDeadline)
        {
            WriteFailure(BoltErrors.TransactionTimedOut(open.Work.Timeout!.Value));
            return;
        }

        QueryResult result;
        try
        {
            result = await open.Transaction.RunAsync(query, BoltValueDecoder.DecodeParameters(parameters), cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException e)
        {
            WriteFailure(Translate(e, open.Work));
            return;
        }

        var qid = open.NextQid++;
        open.Results[qid] = new OpenResult(qid, result, clock, Bookmark: null, open.NotificationsWanted);
        open.LastQid = qid;
        WriteSuccess(new Dictionary<string, object?>
        {
            ["fields"] = result.Keys.ToList<object?>(),
            ["t_first"] = clock.ElapsedMilliseconds,
            ["qid"] = qid,
        });
    }

    /// <summary>PULL sends up to n records (n = -1: all); DISCARD drops them. The last batch ends with the summary.</summary>
    private void Pull(PackStreamStructure message, bool discard)
    {
        var extra = RequestFields.Map(message, 0);
        var n = RequestFields.OptionalInteger(message, extra, "n") ?? options.DefaultFetchSize;
        var qid = RequestFields.OptionalInteger(message, extra, "qid") ?? -1;
        OpenResult? result = null;
        if (transaction is { } open)
        {
            open.Results.TryGetValue(qid == -1 ? open.LastQid : qid, out result);
        }
        else
        {
            result = autoCommitResult;
        }

        if (result is null)
        {
            WriteFailure(transaction is null ? BoltErrors.InvalidRequest($"There is no result to {MessageTag.NameOf(message.Tag)} in the {State} state.") : BoltErrors.ResultNotFound(qid));
            return;
        }

        var remaining = result.Rows.Count - result.Next;
        var count = n < 0 ? remaining : (int)Math.Min(n, remaining);
        if (!discard)
        {
            for (var i = 0; i < count; i++)
            {
                WriteRecord(result.Rows[result.Next + i].Values);
            }
        }

        result.Next += discard && n < 0 ? remaining : count;
        if (result.Next < result.Rows.Count)
        {
            WriteSuccess(new Dictionary<string, object?> { ["has_more"] = true });
            return;
        }

        var summary = new Dictionary<string, object?>
        {
            ["t_last"] = result.Clock.ElapsedMilliseconds,
            ["type"] = QueryType(result.Rows),
            ["db"] = Neo4jCompatibility.DefaultDatabase,
        };
        if (Counters(result.Rows.Statistics) is { Count: > 0 } stats)
        {
            summary["stats"] = stats;
        }

        if (result.NotificationsWanted.Select(result.Rows.Notifications) is { Count: > 0 } notifications)
        {
            summary["notifications"] = notifications;
        }

        if (result.Rows.Profile is { } profile)
        {
            summary["profile"] = ProfileMetadata.Of(profile, Neo4jCompatibility.DefaultDatabase);
        }

        if (transaction is { } current)
        {
            current.Results.Remove(result.Qid);
        }
        else
        {
            summary["bookmark"] = result.Bookmark;
            autoCommitResult = null;
        }

        WriteSuccess(summary);
    }

    private async Task BeginAsync(PackStreamStructure message, CancellationToken cancellationToken)
    {
        if (transaction is not null || autoCommitResult is not null)
        {
            WriteFailure(BoltErrors.WrongState(message.Tag, State));
            return;
        }

        var extra = RequestFields.Map(message, 0);
        var work = ReadWorkOptions(message, extra);
        if (CheckWork(work) is { } refusal)
        {
            WriteFailure(refusal);
            return;
        }

        var notifications = notificationFilter.With(message, extra);
        var session = database.OpenSession(new SessionOptions(Limits: LimitsFor(work), Bookmarks: work.Bookmarks, Client: Client));
        try
        {
            var begun = await session.BeginTransactionAsync(ReadOnly(work) ? AccessMode.Read : AccessMode.Write, cancellationToken).ConfigureAwait(false);
            transaction = new OpenTransaction(session, begun, work) { NotificationsWanted = notifications };
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        // Neo4j shows a transaction's metadata in its query log and SHOW TRANSACTIONS; here it goes to the debug log.
        logger.LogDebug("Bolt connection {ConnectionId} began a {Mode} transaction for '{User}' with metadata {Metadata}",
            Id, ReadOnly(work) ? "read" : "write", user, string.Join(", ", work.Metadata.Select(e => $"{e.Key}={e.Value}")));
        WriteSuccess(new Dictionary<string, object?>());
    }

    private async Task CommitAsync(PackStreamStructure message, CancellationToken cancellationToken)
    {
        if (transaction is not { } open)
        {
            WriteFailure(BoltErrors.WrongState(message.Tag, State));
            return;
        }

        if (open.PastDeadline)
        {
            await EndTransactionAsync().ConfigureAwait(false);
            WriteFailure(BoltErrors.TransactionTimedOut(open.Work.Timeout!.Value));
            return;
        }

        try
        {
            await open.Transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException e)
        {
            await EndTransactionAsync().ConfigureAwait(false);
            WriteFailure(Translate(e, open.Work));
            return;
        }

        await EndTransactionAsync().ConfigureAwait(false);
        WriteSuccess(new Dictionary<string, object?> { ["bookmark"] = bookmarks.Commit() });
    }

    private async Task RollbackAsync(PackStreamStructure message, CancellationToken cancellationToken)
    {
        if (transaction is not { } open)
        {
            WriteFailure(BoltErrors.WrongState(message.Tag, State));
            return;
        }

        try
        {
            await open.Transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await EndTransactionAsync().ConfigureAwait(false);
        }

        WriteSuccess(new Dictionary<string, object?>());
    }

    /// <summary>Drops any open result and rolls back any open transaction (RESET, LOGOFF, the end of the connection).</summary>
    private async Task EndTransactionAsync()
    {
        autoCommitResult = null;
        if (transaction is not { } open)
        {
            return;
        }

        transaction = null;
        try
        {
            await open.Transaction.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await open.Session.DisposeAsync().ConfigureAwait(false);
        }
    }

    private WorkOptions ReadWorkOptions(PackStreamStructure message, IReadOnlyDictionary<string, object?> extra)
    {
        var mode = RequestFields.OptionalText(message, extra, "mode");
        var timeout = RequestFields.OptionalInteger(message, extra, "tx_timeout");
        var metadata = extra.GetValueOrDefault("tx_metadata") switch
        {
            null => new Dictionary<string, object?>(),
            Dictionary<string, object?> map => map,
            _ => throw new BoltRequestException($"A {MessageTag.NameOf(message.Tag)} message is malformed: 'tx_metadata' must be a map."),
        };
        return new WorkOptions(
            mode == "r" ? AccessMode.Read : AccessMode.Write,
            RequestFields.Strings(message, extra.GetValueOrDefault("bookmarks"), "'bookmarks'"),
            timeout is > 0 ? TimeSpan.FromMilliseconds(timeout.Value) : null,
            metadata,
            RequestFields.OptionalText(message, extra, "db"),
            RequestFields.OptionalText(message, extra, "imp_user"));
    }

    private BoltFailure? CheckWork(WorkOptions work) =>
        work.ImpersonatedUser is not null ? BoltErrors.ImpersonationUnsupported()
        : CheckDatabase(work.Database) ?? CheckBookmarks(work.Bookmarks);

    private bool ReadOnly(WorkOptions work) => work.Mode == AccessMode.Read || access != BoltAccess.Write;

    /// <summary>The server's limits; a client's tx_timeout may shorten the timeout, never lengthen it.</summary>
    private QueryLimits LimitsFor(WorkOptions work) =>
        work.Timeout is { } client && (options.Limits.Timeout is not { } server || client < server)
            ? options.Limits with { Timeout = client }
            : options.Limits;

    /// <summary>An engine error in Neo4j's words, where the Bolt request says more than the engine knows.</summary>
    private BoltFailure Translate(CypherException exception, WorkOptions work)
    {
        if (exception.Kind == CypherErrorKind.QueryTimeout && work.Timeout is { } client
            && (options.Limits.Timeout is not { } server || client < server))
        {
            return BoltErrors.TransactionTimedOut(client);
        }

        if (exception.Detail == "ForbiddenInReadOnlyTransaction" && work.Mode == AccessMode.Write && access != BoltAccess.Write)
        {
            return BoltErrors.WriteForbidden(user ?? "anonymous");
        }

        if (exception.Kind == CypherErrorKind.ResultLimitExceeded)
        {
            return BoltErrors.TooManyRows(exception.Message);
        }

        return BoltFailure.From(exception);
    }

    private static string QueryType(QueryResult result)
    {
        var statistics = result.Statistics;
        if (statistics.IndexesAdded + statistics.IndexesRemoved + statistics.ConstraintsAdded + statistics.ConstraintsRemoved > 0)
        {
            return "s";
        }

        return !statistics.ContainsUpdates ? "r" : result.Keys.Count > 0 ? "rw" : "w";
    }

    /// <summary>The counters Neo4j reports, under its names, only those above zero (as Neo4j sends them).</summary>
    private static Dictionary<string, object?> Counters(QueryStatistics statistics)
    {
        var counters = new Dictionary<string, object?>();
        void Add(string name, int value)
        {
            if (value > 0)
            {
                counters[name] = (long)value;
            }
        }

        Add("nodes-created", statistics.NodesCreated);
        Add("nodes-deleted", statistics.NodesDeleted);
        Add("relationships-created", statistics.RelationshipsCreated);
        Add("relationships-deleted", statistics.RelationshipsDeleted);
        // Neo4j counts a removed property as a property set (to null).
        Add("properties-set", statistics.PropertiesSet + statistics.PropertiesRemoved);
        Add("labels-added", statistics.LabelsAdded);
        Add("labels-removed", statistics.LabelsRemoved);
        Add("indexes-added", statistics.IndexesAdded);
        Add("indexes-removed", statistics.IndexesRemoved);
        Add("constraints-added", statistics.ConstraintsAdded);
        Add("constraints-removed", statistics.ConstraintsRemoved);
        return counters;
    }

    /// <summary>What a RUN (auto-commit) or BEGIN asked for in its extra map.</summary>
    private sealed record WorkOptions(
        AccessMode Mode,
        IReadOnlyList<string> Bookmarks,
        TimeSpan? Timeout,
        IReadOnlyDictionary<string, object?> Metadata,
        string? Database,
        string? ImpersonatedUser);

    /// <summary>
    /// A result being pulled: its qid (-1 in auto-commit), its rows, how many were sent, the clock of its RUN,
    /// (auto-commit) its bookmark, and the notifications its work asked for.
    /// </summary>
    private sealed record OpenResult(long Qid, QueryResult Rows, Stopwatch Clock, string? Bookmark, NotificationFilter NotificationsWanted)
    {
        public int Next { get; set; }
    }

    /// <summary>An explicit transaction and the results of its RUNs by qid.</summary>
    private sealed class OpenTransaction(IGraphSession session, IGraphTransaction transaction, WorkOptions work)
    {
        private readonly long startedAt = Stopwatch.GetTimestamp();

        public IGraphSession Session { get; } = session;

        public IGraphTransaction Transaction { get; } = transaction;

        public WorkOptions Work { get; } = work;

        /// <summary>The notifications BEGIN asked for (the connection's choice where it said nothing).</summary>
        public required NotificationFilter NotificationsWanted { get; init; }

        public Dictionary<long, OpenResult> Results { get; } = [];

        public long NextQid { get; set; }

        public long LastQid { get; set; } = -1;

        /// <summary>True once the client's tx_timeout has passed since BEGIN.</summary>
        public bool PastDeadline => Work.Timeout is { } timeout && Stopwatch.GetElapsedTime(startedAt) > timeout;
    }
}
