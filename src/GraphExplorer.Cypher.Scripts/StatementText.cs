namespace GraphExplorer.Cypher.Scripts;

/// <summary>One statement of a script as cut by <see cref="ScriptSplitter"/>.</summary>
/// <param name="Text">The statement, from its first significant character up to (without) its terminating <c>;</c>.</param>
/// <param name="Line">1-based line of its first character in the script.</param>
/// <param name="Column">1-based column of its first character in the script.</param>
/// <param name="Number">1-based position of the statement in the script.</param>
public sealed record StatementText(string Text, int Line, int Column, int Number)
{
    /// <summary>Where a position inside <see cref="Text"/> (1-based, as a parser reports it) lies in the script.</summary>
    public (int Line, int Column) InScript(int line, int column) =>
        line <= 1 ? (Line, Column + column - 1) : (Line + line - 1, column);
}
