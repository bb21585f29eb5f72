using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// One token: its kind, its text (unescaped for strings and quoted names, as written otherwise), and where it lies:
/// <see cref="Start"/> inclusive, <see cref="End"/> exclusive, <see cref="Line"/> and <see cref="Column"/> of Start (1-based).
/// <see cref="Problem"/> says what is wrong with a <see cref="TokenKind.MalformedNumber"/>; null for every other token.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End, int Line, int Column, string? Problem = null)
{
    public SourceSpan Span => new(Start, End, Line, Column);

    /// <summary>True when this is an unquoted name equal to <paramref name="keyword"/>, ignoring case.</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Kind} '{Text}' at {Line}:{Column}";
}
