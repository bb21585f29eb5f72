using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>The text a syntax node was parsed from: [Start, End) offsets and the line and column of Start (1-based).</summary>
public readonly record struct SourceSpan(int Start, int End, int Line, int Column)
{
    public SourcePosition Position => new(Start, Line, Column);

    public override string ToString() => $"{Line}:{Column}";
}
