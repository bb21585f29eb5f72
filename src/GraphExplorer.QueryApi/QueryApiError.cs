using System.Net;
using GraphExplorer.Database;

namespace GraphExplorer.QueryApi;

/// <summary>
/// One error answer of the Query API: an HTTP status and a Neo4j status code (<c>Neo.{Classification}.{Category}.{Title}</c>)
/// with a message, sent as <c>{"errors": [{"code", "message"}]}</c>. All error answers are built here; an engine error's
/// code is read from the exception by <see cref="Neo4jStatus"/>, the one place that maps them (shared with Bolt).
/// </summary>
internal sealed record QueryApiError(HttpStatusCode Status, string Code, string Message, TimeSpan? RetryAfter = null)
{
    public static QueryApiError Unauthorized(string why) =>
        new(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", $"The client is unauthorized due to authentication failure: {why}.");

    public static QueryApiError RateLimited(TimeSpan wait) =>
        new(HttpStatusCode.TooManyRequests, "Neo.ClientError.Security.AuthenticationRateLimit",
            $"Too many failed authentication attempts from this address: retry after {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} s.", wait);

    public static QueryApiError WriteForbidden(string user) =>
        new(HttpStatusCode.Forbidden, "Neo.ClientError.Security.Forbidden",
            $"Write operations are not allowed for user '{user}': only a steward may write: the user 'steward' with a steward key (see Stewards:Keys) or a token of the identity provider with the steward role (Access:StewardRole).");

    public static QueryApiError InvalidRequest(string message) =>
        new(HttpStatusCode.BadRequest, "Neo.ClientError.Request.Invalid", message);

    public static QueryApiError NotAcceptable(string accept) =>
        new(HttpStatusCode.NotAcceptable, "Neo.ClientError.Request.Invalid",
            $"The Query API answers application/vnd.neo4j.query[.v1.x] or application/json; Accept was '{accept}'.");

    public static QueryApiError BodyTooLarge(long limit) =>
        new(HttpStatusCode.RequestEntityTooLarge, "Neo.ClientError.Request.Invalid",
            $"The request body exceeds the limit of {limit} bytes (QueryApi:MaxRequestBodyBytes).");

    public static QueryApiError TooManyTransactions(int limit) =>
        new(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.Request.NoThreadsAvailable",
            $"The server already holds its limit of {limit} open Query API transactions (QueryApi:MaxOpenTransactions); commit or roll back one, or try again later.");

    public static QueryApiError DatabaseNotFound(string database) =>
        new(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound", $"Database does not exist. Database name: '{database}'.");

    /// <summary>What the Query API answers for an expired, finished or unknown transaction, or one reached without its affinity.</summary>
    public static QueryApiError TransactionNotFound(string id) =>
        new(HttpStatusCode.NotFound, "Neo.ClientError.Request.Invalid",
            $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.");

    public static QueryApiError InvalidBookmark(string bookmark, bool malformed) =>
        new(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.InvalidBookmark", malformed
            ? $"Supplied bookmark '{bookmark}' does not conform to pattern of this server."
            : $"Supplied bookmark '{bookmark}' names a transaction this server has not committed.");

    public static QueryApiError ExistingDatabase(string name) =>
        new(HttpStatusCode.BadRequest, "Neo.ClientError.Database.ExistingDatabaseFound", $"Failed to create the specified database '{name}': Database already exists.");

    /// <summary>Neo4j's community edition answers administration commands it lacks with this code.</summary>
    public static QueryApiError UnsupportedAdministration(string statement) =>
        new(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.UnsupportedAdministrationCommand",
            $"Unsupported administration command: {statement.Trim()} (this server has one database, '{Neo4jCompatibility.DefaultDatabase}').");

    public static QueryApiError NotSystemCommand() =>
        new(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.NotSystemDatabaseError",
            "The system database takes CREATE DATABASE and DROP DATABASE only.");

    /// <summary>Neo4j runs schema commands and data queries in transactions of different types and refuses to mix them.</summary>
    public static QueryApiError MixedTransactionType(bool schemaAfterData) =>
        new(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.ForbiddenDueToTransactionType",
            schemaAfterData
                ? "Tried to execute Schema modification after executing Write query."
                : "Tried to execute Write query after executing Schema modification.");

    /// <summary>An error of the engine as Neo4j would report it (see <see cref="Neo4jStatus"/>).</summary>
    public static QueryApiError From(CypherException exception)
    {
        if (exception.Kind == CypherErrorKind.ResultLimitExceeded)
        {
            // Neo4j has no row limit, so no code of its own for one: the statement failed as executed, a client error.
            return new(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.ExecutionFailed", $"{exception.Message} (Database:MaxRows); nothing of it was applied.");
        }

        var code = Neo4jStatus.CodeOf(exception);
        var status = code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) ? HttpStatusCode.BadRequest
            : code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) ? HttpStatusCode.ServiceUnavailable
            : HttpStatusCode.InternalServerError;
        return new QueryApiError(status, code, Neo4jStatus.MessageOf(exception));
    }
}
