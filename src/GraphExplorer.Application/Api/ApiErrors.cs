using GraphExplorer.Application.Domain;
using GraphExplorer.Database;
using GraphExplorer.GraphQL;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Every error the API raises itself, built here so codes and wording live in one place. Each is a
/// <see cref="GraphQLException"/>: the engine writes its message and <c>extensions.code</c>; any other exception of a
/// resolver stays "Unexpected error." (the engine hides it and logs it).
/// </summary>
internal static class ApiErrors
{
    /// <summary>An application error (unknown id, refused argument, broken data rule) with its message, its code and, when known, its target.</summary>
    public static GraphQLException FromApplication(ExplorerException e)
    {
        var extensions = e.Target is null ? null : new Dictionary<string, object?> { ["target"] = e.Target };
        return new GraphQLException(e.Message, Code(e.Code), extensions);
    }

    /// <summary>
    /// A field whose database query reached a limit set for client queries: the message names the setting, the limit and
    /// what to ask instead; the error's path names the field.
    /// </summary>
    public static GraphQLException QueryLimit(CypherException e) => e.Kind == CypherErrorKind.ResultLimitExceeded
        ? new GraphQLException(
            $"This field's query would return more rows than one query may return to a client (Database:MaxRows): {e.Message}. " +
            "Ask for fewer (a smaller first, limit or depth).",
            ApiErrorCodes.ResultLimitExceeded)
        : new GraphQLException(
            $"This field's query ran longer than one query may run (Database:QueryTimeoutSeconds): {e.Message}. Ask for less.",
            ApiErrorCodes.QueryTimeout);

    /// <summary>The detail code of the embedded engine's commit refused by a full disk.</summary>
    public const string DiskFullDetail = "DiskFull";

    /// <summary>
    /// A change the database could not write because its disk is full: the change is one transaction, so nothing of it
    /// was applied. (The database's own message is not shown: it names files and folders.)
    /// </summary>
    public static GraphQLException DiskFull() => new(
        "The change could not be written: the disk holding the database is full. Nothing was changed; retry once space is freed.",
        ApiErrorCodes.DiskFull);

    /// <param name="what">What needs the key, e.g. "Changes" or "The audit trail"; changes also say that nothing changed.</param>
    public static GraphQLException Unauthenticated(StewardOnly what) =>
        new($"{Need(what)} a steward key: send it as 'Authorization: Bearer <key>'.{Outcome(what)}", ApiErrorCodes.Unauthenticated);

    public static GraphQLException Forbidden(StewardOnly what) =>
        new($"The key presented is not a steward's key.{Outcome(what)}", ApiErrorCodes.Forbidden);

    /// <summary>A signed-in user whose identity provider does not give them the steward role.</summary>
    public static GraphQLException NotAStewardUser(StewardOnly what, string user) =>
        new($"{Need(what)} the steward role, which the identity provider does not give the signed-in user '{user}'.{Outcome(what)}", ApiErrorCodes.Forbidden);

    private static string Need(StewardOnly what) => what == StewardOnly.Changes ? "Changes need" : "The audit trail needs";

    private static string Outcome(StewardOnly what) => what == StewardOnly.Changes ? " Nothing was changed." : "";

    public static string Code(ApplicationErrorCode code) => code switch
    {
        ApplicationErrorCode.NotFound => ApiErrorCodes.NotFound,
        ApplicationErrorCode.InvalidArgument => ApiErrorCodes.BadUserInput,
        ApplicationErrorCode.ValidationFailed => ApiErrorCodes.ValidationFailed,
        ApplicationErrorCode.Unauthorized => ApiErrorCodes.Forbidden,
        ApplicationErrorCode.InvalidCursor => ApiErrorCodes.InvalidCursor,
        ApplicationErrorCode.ForeignCursor => ApiErrorCodes.ForeignCursor,
        ApplicationErrorCode.Conflict => ApiErrorCodes.Conflict,
        ApplicationErrorCode.NotReady => ApiErrorCodes.NotReady,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "An application error code without an API code."),
    };
}

/// <summary>The <c>extensions.code</c> values of the API's own errors (the engine's codes cover the rest).</summary>
public static class ApiErrorCodes
{
    public const string NotFound = "NOT_FOUND";

    /// <summary>The database lacks what the request needs until a steward loads it (e.g. the search index).</summary>
    public const string NotReady = "NOT_READY";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string ResultLimitExceeded = "RESULT_LIMIT_EXCEEDED";
    public const string QueryTimeout = "QUERY_TIMEOUT";
    public const string DiskFull = "DISK_FULL";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string ForeignCursor = "FOREIGN_CURSOR";

    /// <summary>A rollback refused because later batches build on the batch (the message names them).</summary>
    public const string Conflict = "CONFLICT";
}
