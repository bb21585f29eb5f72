using GraphExplorer.Cypher.Scripts;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// A statement of a script that failed or was refused: the statement (its number and where it starts in the file), what
/// went wrong (<see cref="Kind"/>, e.g. a backend error kind or the limit that was reached), and the backend's error
/// when there is one, whose position is within the statement.
/// </summary>
internal sealed class ScriptStatementException : Exception
{
    public ScriptStatementException(StatementText statement, CypherException cause)
        : this(statement, cause.Kind.ToString(), FirstLine(cause.Message), cause)
    {
    }

    public ScriptStatementException(StatementText statement, string kind, string detail, Exception? cause = null)
        : base($"{kind}: {detail}", cause)
    {
        Statement = statement;
        Kind = kind;
        Detail = detail;
    }

    public StatementText Statement { get; }

    public string Kind { get; }

    public string Detail { get; }

    /// <summary>
    /// Where the failure is in the file: the backend's position when it gave one, else the statement's start. A timeout
    /// belongs to the whole statement: the position the engine reports with it is only where evaluation happened to be
    /// when time ran out, which varies from run to run, so a timeout points at the statement's start.
    /// </summary>
    public (int Line, int Column) Position =>
        InnerException is CypherException { Position: { } position, Kind: not CypherErrorKind.QueryTimeout }
            ? Statement.InScript(position.Line, position.Column)
            : (Statement.Line, Statement.Column);

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? message : message[..newline];
    }
}
