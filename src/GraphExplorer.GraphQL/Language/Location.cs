namespace GraphExplorer.GraphQL.Language;

/// <summary>
/// Where a syntax node sits in its source: <see cref="Start"/> inclusive and <see cref="End"/> exclusive character
/// offsets, and the 1-based line and column of <see cref="Start"/>.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public SourceLocation ToSourceLocation() => new(Line, Column);

    public override string ToString() => $"{Line}:{Column}";
}
