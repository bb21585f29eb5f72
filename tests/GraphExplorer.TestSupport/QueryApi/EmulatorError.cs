using System.Net;
using GraphExplorer.Database;

namespace GraphExplorer.TestSupport.QueryApi;

/// <summary>
/// One error answer of the emulator: an HTTP status and a Neo4j status code (<c>Neo.{Classification}.{Category}.{Title}</c>)
/// with a message, sent as <c>{"errors": [{"code", "message"}]}</c>. All error answers are built here.
/// </summary>
internal sealed record EmulatorError(HttpStatusCode Status, string Code, string Message)
{
    public static EmulatorError Unauthorized() =>
        new(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "Invalid username or password.");

    public static EmulatorError InvalidRequest(string message) =>
        new(HttpStatusCode.BadRequest, "Neo.ClientError.Request.Invalid", message);

    public static EmulatorError NotAcceptable(string accept) =>
        new(HttpStatusCode.NotAcceptable, "Neo.ClientError.Request.Invalid",
            $"The emulator answers typed JSON (application/vnd.neo4j.query[.v1.x]) only; Accept was '{accept}'.");

    public static EmulatorError DatabaseNotFound(string database) =>
        new(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound", $"Database does not exist. Database name: '{database}'.");

    /// <summary>What the Query API answers for an expired, finished or unknown transaction, or one reached without its affinity.</summary>
    public static EmulatorError TransactionNotFound(string id) =>
        new(HttpStatusCode.NotFound, "Neo.ClientError.Request.Invalid",
            $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.");

    public static EmulatorError InvalidBookmark(string bookmark) =>
        new(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.InvalidBookmark", $"Supplied bookmark '{bookmark}' does not conform to pattern of this server.");

    /// <summary>Neo4j runs schema commands and data queries in transactions of different types and refuses to mix them.</summary>
    public static EmulatorError MixedTransactionType(bool schemaAfterData) =>
        new(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.ForbiddenDueToTransactionType",
            schemaAfterData
                ? "Tried to execute Schema modification after executing Write query."
                : "Tried to execute Write query after executing Schema modification.");

    /// <summary>An error of the embedded engine as Neo4j would report it (see <see cref="Neo4jStatus"/>).</summary>
    public static EmulatorError From(CypherException exception)
    {
        var code = Neo4jStatus.CodeOf(exception);
        var status = code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) ? HttpStatusCode.BadRequest
            : code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) ? HttpStatusCode.ServiceUnavailable
            : HttpStatusCode.InternalServerError;
        return new EmulatorError(status, code, Neo4jStatus.MessageOf(exception));
    }
}
