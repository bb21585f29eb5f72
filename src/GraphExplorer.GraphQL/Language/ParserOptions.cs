namespace GraphExplorer.GraphQL.Language;

/// <summary>
/// Bounds that keep a hostile document cheap to reject: parsing stops with a syntax error once the document has more
/// than <see cref="MaxTokens"/> tokens or nests selection sets, list/object values or list types deeper than
/// <see cref="MaxDepth"/>.
/// </summary>
public sealed record ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>Unbounded options for trusted input such as a server's own SDL.</summary>
    public static readonly ParserOptions Unbounded = new() { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue };

    public int MaxTokens { get; init; } = 15_000;

    public int MaxDepth { get; init; } = 100;
}
