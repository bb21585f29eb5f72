namespace GraphExplorer.Application.Domain;

/// <summary>What went wrong, for code (tests and the GraphQL layer map it to error codes).</summary>
public enum ApplicationErrorCode
{
    /// <summary>No entity with that id, or the id is not an id.</summary>
    NotFound,

    /// <summary>An argument is malformed (a where filter, a cursor, a limit).</summary>
    InvalidArgument,

    /// <summary>A steward's change breaks a data rule; nothing was written.</summary>
    ValidationFailed,

    /// <summary>The steward's key is missing or wrong.</summary>
    Unauthorized,

    /// <summary>A cursor that is not one this server issued, or was altered.</summary>
    InvalidCursor,

    /// <summary>A cursor issued by another list, parent, filter or order.</summary>
    ForeignCursor,

    /// <summary>A change refused because of what happened since (a later batch builds on the batch to roll back).</summary>
    Conflict,

    /// <summary>The database lacks what the request needs (e.g. the search index) until a steward loads it.</summary>
    NotReady,
}

/// <summary>An error of the application layer with a stable code and a message that names what and where.</summary>
public sealed class ExplorerException(ApplicationErrorCode code, string message, string? target = null) : Exception(message)
{
    public ApplicationErrorCode Code { get; } = code;

    /// <summary>The id or input path the error is about, when there is one (e.g. <c>org:jaxa</c>, <c>where.OR[1].kind_in</c>).</summary>
    public string? Target { get; } = target;
}
