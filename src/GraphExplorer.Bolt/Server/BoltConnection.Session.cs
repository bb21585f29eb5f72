using GraphExplorer.Bolt.Messages;
using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Bolt.Transport;
using GraphExplorer.Database;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Bolt.Server;

/// <summary>HELLO, LOGON, LOGOFF and ROUTE: who the client is and where it should send its work.</summary>
internal sealed partial class BoltConnection
{
    /// <summary>The agent drivers parse to decide which features to use: a Neo4j version of the same Cypher dialect.</summary>
    public static string ServerAgent => $"Neo4j/{Neo4jCompatibility.KernelVersion}";

    /// <summary>How long a driver may keep the routing table of this single server, in seconds.</summary>
    private const long RoutingTableTtlSeconds = 300;

    private async Task HelloAsync(PackStreamStructure message, CancellationToken cancellationToken)
    {
        if (helloDone)
        {
            WriteFailure(BoltErrors.WrongState(message.Tag, State));
            return;
        }

        var extra = RequestFields.Map(message, 0);
        if (RequestFields.OptionalText(message, extra, "user_agent") is null)
        {
            throw new BoltRequestException("A HELLO message is malformed: it needs a user_agent.");
        }

        notificationFilter = NotificationFilter.All.With(message, extra);

        if (overConnectionLimit)
        {
            WriteFailure(BoltErrors.TooManyConnections(options.MaxConnections));
            return;
        }

        // Bolt 5.0 logs in with HELLO itself; from 5.1 on, LOGON follows.
        if (version < new BoltVersion(5, 1) && !await TryLoginAsync(message, extra, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        helloDone = true;
        WriteSuccess(new Dictionary<string, object?>
        {
            ["server"] = ServerAgent,
            ["connection_id"] = Id,
            ["hints"] = new Dictionary<string, object?>(),
        });
    }

    private async Task LogonAsync(PackStreamStructure message, CancellationToken cancellationToken)
    {
        if (access is not null)
        {
            WriteFailure(BoltErrors.WrongState(message.Tag, State));
            return;
        }

        if (await TryLoginAsync(message, RequestFields.Map(message, 0), cancellationToken).ConfigureAwait(false))
        {
            WriteSuccess(new Dictionary<string, object?>());
        }
    }

    private async Task LogoffAsync(PackStreamStructure message)
    {
        if (transaction is not null || autoCommitResult is not null)
        {
            WriteFailure(BoltErrors.WrongState(message.Tag, State));
            return;
        }

        await EndTransactionAsync().ConfigureAwait(false);
        access = null;
        user = null;
        WriteSuccess(new Dictionary<string, object?>());
    }

    /// <summary>Authenticates; on refusal sends the (fatal) failure and returns false.</summary>
    private async Task<bool> TryLoginAsync(PackStreamStructure message, IReadOnlyDictionary<string, object?> auth, CancellationToken cancellationToken)
    {
        var scheme = RequestFields.OptionalText(message, auth, "scheme") ?? "none";
        var credentials = new BoltCredentials(scheme, RequestFields.OptionalText(message, auth, "principal"),
            RequestFields.OptionalText(message, auth, "credentials"));
        var outcome = await authenticator.AuthenticateAsync(credentials, remoteAddress, Id, cancellationToken).ConfigureAwait(false);
        if (outcome.Access is not { } granted)
        {
            logger.LogWarning("Bolt connection {ConnectionId} from {RemoteAddress} refused a login as '{User}' ({Scheme}): {Reason}",
                Id, remoteAddress, credentials.Principal ?? "(anonymous)", scheme, outcome.Refusal);
            WriteFailure(outcome.RetryAfter is { } wait ? BoltErrors.RateLimited(wait) : BoltErrors.Unauthorized(outcome.Refusal ?? "refused"));
            return false;
        }

        access = granted;
        user = outcome.User;
        logger.LogInformation("Bolt connection {ConnectionId} from {RemoteAddress} logged in as '{User}' with {Access} access",
            Id, remoteAddress, user, granted);
        return true;
    }

    /// <summary>
    /// ROUTE: this one server is the whole cluster, so it is the writer, the reader and the router, at the address the
    /// client reached it by (the routing context's "address", which the driver sets from its URI) or else the local end.
    /// </summary>
    private void Route(PackStreamStructure message)
    {
        var routing = RequestFields.Map(message, 0);
        var requested = RequestFields.Strings(message, message.Fields.Count > 1 ? message.Fields[1] : null, "ROUTE's bookmarks");
        if (CheckBookmarks(requested) is { } failure)
        {
            WriteFailure(failure);
            return;
        }

        var extra = message.Fields.Count > 2 ? RequestFields.Map(message, 2) : new Dictionary<string, object?>();
        var name = RequestFields.OptionalText(message, extra, "db");
        if (CheckDatabase(name) is { } unknown)
        {
            WriteFailure(unknown);
            return;
        }

        var address = RequestFields.OptionalText(message, routing, "address") ?? localAddress ?? $"localhost:{options.Port}";
        List<object?> addresses = [address];
        WriteSuccess(new Dictionary<string, object?>
        {
            ["rt"] = new Dictionary<string, object?>
            {
                ["ttl"] = RoutingTableTtlSeconds,
                ["db"] = Neo4jCompatibility.DefaultDatabase,
                ["servers"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["addresses"] = addresses, ["role"] = "WRITE" },
                    new Dictionary<string, object?> { ["addresses"] = addresses, ["role"] = "READ" },
                    new Dictionary<string, object?> { ["addresses"] = addresses, ["role"] = "ROUTE" },
                },
            },
        });
    }

    private static BoltFailure? CheckDatabase(string? name) =>
        name is null || string.Equals(name, Neo4jCompatibility.DefaultDatabase, StringComparison.OrdinalIgnoreCase)
            ? null
            : BoltErrors.DatabaseNotFound(name);

    private BoltFailure? CheckBookmarks(IReadOnlyList<string> requested)
    {
        if (bookmarks.FindUnsatisfied(requested) is not { } unsatisfied)
        {
            return null;
        }

        return unsatisfied.Malformed ? BoltErrors.InvalidBookmark(unsatisfied.Bookmark) : BoltErrors.BookmarkFromFuture(unsatisfied.Bookmark);
    }
}
