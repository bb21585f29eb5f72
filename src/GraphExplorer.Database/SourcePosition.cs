namespace GraphExplorer.Database;

/// <summary>A place in a query or script text. Line and column start at 1; offset at 0.</summary>
public readonly record struct SourcePosition(int Offset, int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
