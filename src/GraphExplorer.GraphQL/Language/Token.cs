namespace GraphExplorer.GraphQL.Language;

/// <summary>
/// One lexical token. <see cref="Start"/> is inclusive and <see cref="End"/> exclusive; <see cref="Line"/> and
/// <see cref="Column"/> are 1-based and describe <see cref="Start"/>. <see cref="Value"/> is set for names, numbers
/// and strings (strings hold their cooked value: escapes resolved, block strings dedented).
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>graphql-js's token description: <c>"}"</c>, <c>Name "foo"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";
}
