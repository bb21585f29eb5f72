using GraphExplorer.Database;

namespace GraphExplorer.Bolt.Messages;

/// <summary>Every failure the Bolt server raises itself, with Neo4j's status codes, built in one place.</summary>
internal static class BoltErrors
{
    public static BoltFailure Unauthorized(string why) =>
        new("Neo.ClientError.Security.Unauthorized", $"The client is unauthorized due to authentication failure: {why}", Fatal: true);

    public static BoltFailure RateLimited(TimeSpan wait) =>
        new("Neo.ClientError.Security.AuthenticationRateLimit",
            $"Too many failed authentication attempts from this address: retry after {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s.", Fatal: true);

    public static BoltFailure WriteForbidden(string user) =>
        new("Neo.ClientError.Security.Forbidden",
            $"Write operations are not allowed for user '{user}': only a steward may write: the user 'steward' with a steward key (see Stewards:Keys) or a token of the identity provider with the steward role (Access:StewardRole).");

    public static BoltFailure ImpersonationUnsupported() =>
        new("Neo.ClientError.Security.Forbidden", "Impersonation (imp_user) is not supported by this server.");

    public static BoltFailure DatabaseNotFound(string name) =>
        new("Neo.ClientError.Database.DatabaseNotFound",
            $"Database does not exist. Database name: '{name}'. This server has one database, '{Neo4jCompatibility.DefaultDatabase}'.");

    public static BoltFailure InvalidBookmark(string bookmark) =>
        new("Neo.ClientError.Transaction.InvalidBookmark", $"Supplied bookmark '{bookmark}' does not conform to pattern of this server.");

    public static BoltFailure BookmarkFromFuture(string bookmark) =>
        new("Neo.ClientError.Transaction.InvalidBookmark", $"Supplied bookmark '{bookmark}' names a transaction this server has not committed.");

    public static BoltFailure TransactionTimedOut(TimeSpan timeout) =>
        new("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
            $"The transaction has been terminated: it ran longer than the timeout of {timeout.TotalMilliseconds:0} ms given by the client (tx_timeout); nothing of it was applied.");

    /// <summary>Neo4j has no row limit, so no code of its own for one: the statement failed as executed, a client error
    /// (retrying cannot help).</summary>
    public static BoltFailure TooManyRows(string engineMessage) =>
        new("Neo.ClientError.Statement.ExecutionFailed", $"{engineMessage} (Database:MaxRows); nothing of it was applied.");

    public static BoltFailure InvalidRequest(string message) => new("Neo.ClientError.Request.Invalid", message);

    /// <summary>A message that cannot be handled in the connection's state: a protocol violation, after which the server closes.</summary>
    public static BoltFailure WrongState(byte tag, string state) =>
        new("Neo.ClientError.Request.Invalid", $"Message '{MessageTag.NameOf(tag)}' cannot be handled by a session in the {state} state.", Fatal: true);

    public static BoltFailure Malformed(string message) => new("Neo.ClientError.Request.InvalidFormat", message, Fatal: true);

    public static BoltFailure MessageTooLarge(int limit) =>
        new("Neo.ClientError.Request.Invalid", $"The request message exceeds the limit of {limit} bytes (Bolt:MaxMessageBytes); the connection is closed.", Fatal: true);

    public static BoltFailure TooManyConnections(int limit) =>
        new("Neo.TransientError.Request.NoThreadsAvailable",
            $"The server already serves its limit of {limit} Bolt connections (Bolt:MaxConnections); try again later.", Fatal: true);

    public static BoltFailure ResultNotFound(long qid) =>
        new("Neo.ClientError.Request.Invalid", $"There is no open result with qid {qid} in this transaction.");

    public static BoltFailure Unexpected(Exception exception) =>
        new("Neo.DatabaseError.General.UnknownError", $"The Bolt server failed: {exception.Message}");
}
