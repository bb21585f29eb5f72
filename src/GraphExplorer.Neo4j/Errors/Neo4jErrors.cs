using System.Globalization;
using System.Text.RegularExpressions;
using GraphExplorer.Database;

namespace GraphExplorer.Neo4j.Errors;

/// <summary>
/// Every <see cref="CypherException"/> this client raises is built here, so that kinds and details stay consistent and
/// tests can assert them. Messages name the server URI and user, never the password.
/// </summary>
internal static partial class Neo4jErrors
{
    /// <summary>What was being done when an error came back; it changes how some codes read.</summary>
    internal enum Operation
    {
        AutoCommit,
        Begin,
        Run,
        Commit,
        Rollback,
        KeepAlive,
        Discovery,
    }

    /// <summary>Maps a status code and message from the server to a kind, a phase and, for syntax errors, a position.</summary>
    public static CypherException FromServer(string? code, string? message, Operation operation, string? transactionId = null)
    {
        var status = Neo4jStatusCode.Parse(code);
        var text = string.IsNullOrWhiteSpace(message) ? "(the server gave no message)" : message;

        if (transactionId is not null && IsUnknownTransaction(status, text))
        {
            return TransactionExpired(transactionId, status.Code, text);
        }

        var (kind, phase) = Classify(status);
        var position = kind == CypherErrorKind.SyntaxError || phase == CypherErrorPhase.CompileTime ? ParsePosition(text) : null;
        var prefix = operation switch
        {
            Operation.Commit => "Neo4j could not commit the transaction: ",
            Operation.Begin => "Neo4j could not begin a transaction: ",
            Operation.Rollback => "Neo4j could not roll back the transaction: ",
            _ => string.Empty,
        };
        return new CypherException(kind, phase, status.Title, $"{prefix}{text} ({status.Code})", position)
        {
            Neo4jCode = status.Code,
        };
    }

    /// <summary>The server refused the credentials (HTTP 401 or Neo.ClientError.Security.Unauthorized).</summary>
    public static CypherException CredentialsRefused(Uri uri, string? user, string? serverMessage, string? code) =>
        new(
            CypherErrorKind.AuthenticationFailed,
            CypherErrorPhase.Runtime,
            "Unauthorized",
            $"Neo4j at {uri} refused the credentials of user '{user ?? "(none)"}'"
            + (string.IsNullOrWhiteSpace(serverMessage) ? "." : $": {serverMessage}")
            + " Check the configured Neo4j user and password.")
        {
            Neo4jCode = code ?? "Neo.ClientError.Security.Unauthorized",
        };

    /// <summary>HTTP 404 without a Neo4j error: the server has no Query API (or no explicit transactions) at that path.</summary>
    public static CypherException QueryApiNotFound(Uri uri, string path, bool transactions) =>
        new(
            CypherErrorKind.DatabaseUnavailable,
            CypherErrorPhase.Runtime,
            "QueryApiNotFound",
            $"Neo4j at {uri} answered 404 Not Found for {path}: this server does not offer the HTTP Query API v2"
            + (transactions ? " explicit transactions" : string.Empty) + ". "
            + "The Query API is enabled by default from Neo4j 5.25 on (and on Aura); explicit transactions need Neo4j 5.26 or later. "
            + "On Neo4j 5.23 and 5.24 enable it by adding QUERY_API_ENDPOINTS to server.http_enabled_modules in neo4j.conf "
            + "(e.g. server.http_enabled_modules=TRANSACTIONAL_ENDPOINTS,UNMANAGED_EXTENSIONS,BROWSER,QUERY_API_ENDPOINTS) "
            + "with the HTTP connector on (server.http.enabled=true); older versions must be upgraded. "
            + "Also check that the configured URI points at the HTTP connector (port 7474 by default, 7473 for HTTPS).");

    /// <summary>No answer at all: refused connection, DNS failure, TLS failure, reset.</summary>
    public static CypherException Unreachable(Uri uri, Exception cause) =>
        new(
            CypherErrorKind.DatabaseUnavailable,
            CypherErrorPhase.Runtime,
            "ServiceUnavailable",
            $"Neo4j is unreachable at {uri}: {cause.Message} Check that the server runs and that the URI names its HTTP connector.",
            innerException: cause);

    /// <summary>An HTTP status without a Neo4j error body (a proxy's 502/503/504, an HTML error page, ...).</summary>
    public static CypherException HttpFailure(Uri uri, int status, string? reason, string? bodySnippet)
    {
        var transient = status is 502 or 503 or 504;
        return new CypherException(
            transient ? CypherErrorKind.DatabaseUnavailable : CypherErrorKind.DatabaseError,
            CypherErrorPhase.Runtime,
            $"Http{status}",
            $"Neo4j at {uri} answered HTTP {status} {reason}"
            + (string.IsNullOrWhiteSpace(bodySnippet) ? "." : $": {bodySnippet}")
            + (status is 406 or 415
                ? " The server does not accept the Query API's typed JSON (application/vnd.neo4j.query), which needs Neo4j 5.23 or later with the Query API enabled."
                : string.Empty));
    }

    /// <summary>The connectivity check reached Neo4j, which could not run <c>RETURN 1</c> for another reason.</summary>
    public static CypherException CannotRunProbe(Uri uri, string database, CypherException cause) =>
        new(
            CypherErrorKind.DatabaseUnavailable,
            CypherErrorPhase.Runtime,
            cause.Detail,
            $"Neo4j at {uri} answered but could not run RETURN 1 on database '{database}': {cause.Message}",
            innerException: cause)
        {
            Neo4jCode = cause.Neo4jCode,
        };

    /// <summary>The body could not be read as a Query API response.</summary>
    public static CypherException InvalidResponse(Uri uri, Exception cause) =>
        new(
            CypherErrorKind.DatabaseError,
            CypherErrorPhase.Runtime,
            "InvalidResponse",
            $"The answer of Neo4j at {uri} could not be read: {cause.Message}",
            innerException: cause);

    /// <summary>The per-request timeout or the session's query timeout elapsed.</summary>
    public static CypherException Timeout(TimeSpan timeout, bool queryLimit, Exception cause) =>
        new(
            CypherErrorKind.QueryTimeout,
            CypherErrorPhase.Runtime,
            queryLimit ? "QueryTimeout" : "RequestTimeout",
            queryLimit
                ? $"The query did not finish within its time limit of {timeout}."
                : $"Neo4j did not answer within the request timeout of {timeout}.",
            innerException: cause);

    /// <summary>The server no longer knows the transaction: it was idle past its expiry and was rolled back.</summary>
    public static CypherException TransactionExpired(string transactionId, string? code, string? serverMessage) =>
        new(
            CypherErrorKind.TransactionError,
            CypherErrorPhase.Runtime,
            "TransactionExpired",
            $"The Neo4j transaction '{transactionId}' is no longer open on the server: it was idle past its expiry "
            + "(server.queryapi.transaction_idle_timeout, 60 s by default) and was rolled back, so none of its work was applied. "
            + $"Run the unit of work again in a new transaction. Server said: {serverMessage}")
        {
            Neo4jCode = code,
        };

    /// <summary>The commit request failed without an answer: it may or may not have committed.</summary>
    public static CypherException CommitOutcomeUnknown(Uri uri, string transactionId, Exception cause) =>
        new(
            CypherErrorKind.TransactionError,
            CypherErrorPhase.Runtime,
            "CommitOutcomeUnknown",
            $"The commit of Neo4j transaction '{transactionId}' at {uri} got no answer ({cause.Message}); it may or may not "
            + "have been applied. It was not retried, because committing twice is not safe; check the data before repeating the work.",
            innerException: cause);

    /// <summary>A transaction used after it ended or failed.</summary>
    public static CypherException TransactionClosed(string transactionId, string state) =>
        new(
            CypherErrorKind.TransactionError,
            CypherErrorPhase.Runtime,
            "TransactionClosed",
            $"The Neo4j transaction '{transactionId}' is {state}; it accepts no more queries.");

    /// <summary>A parameter value that cannot be sent.</summary>
    public static CypherException InvalidParameter(ArgumentException cause) =>
        new(CypherErrorKind.ArgumentError, CypherErrorPhase.CompileTime, "InvalidParameter", cause.Message, innerException: cause);

    /// <summary>More rows than <see cref="QueryLimits.MaxRows"/> allows; worded as the embedded engine words it.</summary>
    public static CypherException TooManyRows(long maxRows) =>
        new(
            CypherErrorKind.ResultLimitExceeded,
            CypherErrorPhase.Runtime,
            "ResultLimitExceeded",
            $"The query returned more than its limit of {maxRows} rows");

    /// <summary>Maps a status code to a kind and phase (see the Neo4j status code list).</summary>
    internal static (CypherErrorKind Kind, CypherErrorPhase Phase) Classify(Neo4jStatusCode status)
    {
        if (status.IsTransientError)
        {
            return (status.Category, status.Title) switch
            {
                // Terminations asked for by a client are not worth retrying (as the official drivers decide).
                ("Transaction", "Terminated" or "LockClientStopped") => (CypherErrorKind.TransactionError, CypherErrorPhase.Runtime),
                ("General", "DatabaseUnavailable") => (CypherErrorKind.DatabaseUnavailable, CypherErrorPhase.Runtime),
                _ => (CypherErrorKind.TransientError, CypherErrorPhase.Runtime),
            };
        }

        if (!status.IsClientError)
        {
            return (CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime);
        }

        return (status.Category, status.Title) switch
        {
            ("Statement", "SyntaxError") => (CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime),
            ("Statement", "SemanticError") => (CypherErrorKind.SemanticError, CypherErrorPhase.CompileTime),
            ("Statement", "ParameterMissing") => (CypherErrorKind.ParameterMissing, CypherErrorPhase.CompileTime),
            ("Statement", "TypeError") => (CypherErrorKind.TypeError, CypherErrorPhase.Runtime),
            ("Statement", "ArgumentError") => (CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime),
            ("Statement", "ArithmeticError") => (CypherErrorKind.ArithmeticError, CypherErrorPhase.Runtime),
            ("Statement", "EntityNotFound") => (CypherErrorKind.EntityNotFound, CypherErrorPhase.Runtime),
            ("Statement", "PropertyNotFound") => (CypherErrorKind.PropertyNotFound, CypherErrorPhase.Runtime),
            ("Statement", "ConstraintVerificationFailed") => (CypherErrorKind.ConstraintVerificationFailed, CypherErrorPhase.Runtime),
            ("Statement", _) => (CypherErrorKind.SemanticError, CypherErrorPhase.Runtime),
            ("Schema", "ConstraintValidationFailed") => (CypherErrorKind.ConstraintValidationFailed, CypherErrorPhase.Runtime),
            ("Schema", _) => (CypherErrorKind.SemanticError, CypherErrorPhase.Runtime),
            ("Procedure", _) => (CypherErrorKind.ProcedureError, CypherErrorPhase.Runtime),
            ("Security", "Forbidden" or "AuthorizationExpired") => (CypherErrorKind.Forbidden, CypherErrorPhase.Runtime),
            ("Security", _) => (CypherErrorKind.AuthenticationFailed, CypherErrorPhase.Runtime),
            ("General", "ForbiddenOnReadOnlyDatabase") => (CypherErrorKind.Forbidden, CypherErrorPhase.Runtime),
            ("Transaction", "TransactionTimedOut" or "TransactionTimedOutClientConfiguration") => (CypherErrorKind.QueryTimeout, CypherErrorPhase.Runtime),
            ("Transaction", _) => (CypherErrorKind.TransactionError, CypherErrorPhase.Runtime),
            // A cluster member that cannot take writes: the same request routed again may succeed.
            ("Cluster", "NotALeader") => (CypherErrorKind.TransientError, CypherErrorPhase.Runtime),
            ("Database", "DatabaseNotFound") => (CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime),
            ("Request", _) => (CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime),
            _ => (CypherErrorKind.SemanticError, CypherErrorPhase.Runtime),
        };
    }

    /// <summary>Reads "line X, column Y (offset: Z)" from a Neo4j message.</summary>
    internal static SourcePosition? ParsePosition(string message)
    {
        var match = PositionPattern().Match(message);
        if (!match.Success)
        {
            return null;
        }

        return new SourcePosition(
            Offset: int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture),
            Line: int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture),
            Column: int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The Query API reports an expired (or unknown) transaction as <c>Neo.ClientError.Request.Invalid</c> with a
    /// "Transaction with Id ... was not found" message; older HTTP endpoints used <c>Transaction.TransactionNotFound</c>.
    /// </summary>
    private static bool IsUnknownTransaction(Neo4jStatusCode status, string message) =>
        status.Title == "TransactionNotFound"
        || (status.Category == "Request" && message.Contains("was not found", StringComparison.OrdinalIgnoreCase)
            && message.Contains("ransaction", StringComparison.Ordinal));

    [GeneratedRegex(@"line (\d+), column (\d+) \(offset: (\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();
}
