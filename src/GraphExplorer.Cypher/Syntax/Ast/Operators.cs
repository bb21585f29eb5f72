namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>Binary operators, from lowest to highest precedence group.</summary>
public enum BinaryOperator
{
    Or,
    Xor,
    And,

    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,

    /// <summary><c>=~</c></summary>
    RegexMatch,
    StartsWith,
    EndsWith,
    Contains,
    In,

    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,

    /// <summary><c>||</c>: string or list concatenation (Neo4j 5), at the precedence of + and -.</summary>
    Concatenate,
}

/// <summary>Prefix operators.</summary>
public enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}

/// <summary>The four list predicates.</summary>
public enum QuantifierKind
{
    All,
    Any,
    None,
    Single,
}
