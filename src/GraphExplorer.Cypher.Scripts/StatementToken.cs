namespace GraphExplorer.Cypher.Scripts;

/// <summary>
/// A token of a statement as <see cref="StatementTokens"/> reads it. <see cref="Text"/> of a <see cref="StatementTokenKind.Word"/>
/// is upper-cased (keywords are case-insensitive); other tokens keep their text.
/// </summary>
internal readonly record struct StatementToken(StatementTokenKind Kind, string Text)
{
    public bool IsWord(string keyword) => Kind == StatementTokenKind.Word && Text == keyword;

    public bool IsSymbol(char symbol) => Kind == StatementTokenKind.Symbol && Text[0] == symbol;
}

internal enum StatementTokenKind
{
    /// <summary>An unquoted name or keyword.</summary>
    Word,

    /// <summary>A number literal.</summary>
    Number,

    /// <summary>A parameter, <c>$name</c> or <c>$0</c>.</summary>
    Parameter,

    /// <summary>A string literal or a backticked name: never a keyword.</summary>
    Quoted,

    /// <summary>Any other character: punctuation and operators, one character per token.</summary>
    Symbol,
}
