namespace GraphExplorer.Database;

/// <summary>
/// A database that can check a statement's syntax without running it and without touching its data: the embedded
/// engine parses it. The script loader checks every statement of a file this way before anything of the file runs,
/// so that a syntax error anywhere is reported without changes; on a database without it (Neo4j over HTTP) a syntax
/// error is reported when its statement runs. Decorators of a database forward it. Thread-safe.
/// </summary>
public interface IChecksSyntax
{
    /// <summary>Throws <see cref="CypherException"/> of kind <see cref="CypherErrorKind.SyntaxError"/> (with the
    /// position in <paramref name="statement"/>) when the statement does not parse.</summary>
    void CheckSyntax(string statement);
}
