namespace GraphExplorer.Database;

/// <summary>
/// An error raised by a backend for a query, a transaction or the connection.
/// <see cref="Kind"/> and <see cref="Detail"/> are stable and meant for code; <see cref="Exception.Message"/> for people.
/// </summary>
public class CypherException : Exception
{
    public CypherException(
        CypherErrorKind kind,
        CypherErrorPhase phase,
        string detail,
        string message,
        SourcePosition? position = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Phase = phase;
        Detail = detail;
        Position = position;
    }

    /// <summary>The kind, in the TCK's vocabulary (SyntaxError, SemanticError, TypeError, ...).</summary>
    public CypherErrorKind Kind { get; }

    /// <summary>Whether the error was found before or while the query ran.</summary>
    public CypherErrorPhase Phase { get; }

    /// <summary>The TCK's detail code, e.g. "UndefinedVariable", "InvalidArgumentType"; or a backend's own code.</summary>
    public string Detail { get; }

    /// <summary>Where in the query text the error lies, when known.</summary>
    public SourcePosition? Position { get; }

    /// <summary>The status code Neo4j uses for the same error, when the error came from Neo4j.</summary>
    public string? Neo4jCode { get; init; }

    /// <summary>
    /// The GQL-status object Neo4j 5 gives the same error (its GQLSTATUS code, description and cause chain), when the
    /// backend knows it; <see cref="Neo4jStatus.GqlStatusOf"/> answers Neo4j's default (50N42) for the others.
    /// </summary>
    public GqlStatus? GqlStatus { get; init; }

    /// <summary>True when the same work may succeed if tried again (a transient failure).</summary>
    public bool IsTransient => Kind is CypherErrorKind.TransientError or CypherErrorKind.DatabaseUnavailable;
}
