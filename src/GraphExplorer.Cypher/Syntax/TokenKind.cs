namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// The kinds of token the lexer produces. Keywords are not token kinds: Cypher keywords are case-insensitive and most
/// may also be used as names, so they arrive as <see cref="Identifier"/> and the parser recognises them in context.
/// </summary>
internal enum TokenKind
{
    EndOfInput,

    /// <summary>A name or keyword, unquoted. <see cref="Token.Text"/> is the name.</summary>
    Identifier,

    /// <summary>A backtick-quoted name; <see cref="Token.Text"/> is the unescaped name. Never a keyword.</summary>
    QuotedIdentifier,

    /// <summary>An integer literal as written (decimal, 0x hex, 0o or legacy 0 octal); converted by the parser.</summary>
    Integer,

    /// <summary>A float literal as written.</summary>
    Float,

    /// <summary>
    /// Digits run into letters (<c>9223372h54775808</c>, <c>1B2c3e67</c>) or a malformed 0x/0o/exponent: an invalid
    /// number literal where a value is expected, but where a name is expected (a map key) a name that cannot start
    /// with a digit. The lexer cannot tell the two apart, so the parser reports it; <see cref="Token.Problem"/> says why.
    /// </summary>
    MalformedNumber,

    /// <summary>A string literal; <see cref="Token.Text"/> is the unescaped value.</summary>
    String,

    /// <summary><c>$name</c> or <c>$0</c>; <see cref="Token.Text"/> is the name without the dollar.</summary>
    Parameter,

    /// <summary>A '$' right before '(': a dynamic label, type or property reference <c>$(expression)</c> (Neo4j 5.24).</summary>
    Dollar,

    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Dot,
    DotDot,
    Colon,
    Semicolon,
    Pipe,

    /// <summary><c>||</c>: string and list concatenation.</summary>
    DoublePipe,

    /// <summary><c>&amp;</c>: conjunction in a label expression.</summary>
    Ampersand,

    /// <summary><c>!</c> alone: negation in a label expression (<c>!=</c> is <see cref="NotEqual"/>).</summary>
    Exclamation,

    /// <summary><c>::</c>: a type predicate, <c>x IS :: INTEGER</c>.</summary>
    DoubleColon,
    Plus,
    PlusEqual,
    Minus,
    Star,
    Slash,
    Percent,
    Caret,
    Equal,
    RegexMatch,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
}
