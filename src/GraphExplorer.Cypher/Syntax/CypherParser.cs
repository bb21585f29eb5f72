using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Parses openCypher 9 text (with the Neo4j 5 schema commands and subquery forms) into the immutable syntax tree of
/// <see cref="Ast"/>. Every failure is a <see cref="GraphExplorer.Database.CypherException"/> of kind SyntaxError at
/// compile time whose position is the offending token and whose message quotes the line with a caret under it.
/// Thread-safe: each call parses with its own state.
/// </summary>
public static class CypherParser
{
    /// <summary>
    /// Parses a script: statements separated by ';', with <c>//</c> and <c>/* */</c> comments; empty statements are
    /// ignored. <paramref name="sourceName"/> (e.g. a file path) prefixes error messages.
    /// </summary>
    public static CypherScript ParseScript(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Parser(new SourceText(text, sourceName)).ParseScript();
    }

    /// <summary>Parses exactly one statement; a single trailing ';' is allowed.</summary>
    public static Statement ParseStatement(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Parser(new SourceText(text, sourceName)).ParseSingleStatement();
    }

    /// <summary>Parses one expression, e.g. <c>n.age &gt; 30 AND n:Person</c>.</summary>
    public static Expression ParseExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Parser(new SourceText(text, null)).ParseStandaloneExpression();
    }
}
