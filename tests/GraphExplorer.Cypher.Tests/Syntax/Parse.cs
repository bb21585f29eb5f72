using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Syntax;

/// <summary>Shorthands shared by the parser tests.</summary>
internal static class Parse
{
    public static SingleQuery Query(string text) =>
        CypherParser.ParseStatement(text).Should().BeOfType<SingleQuery>().Subject;

    public static T Clause<T>(string text, int index = 0)
        where T : Clause => Query(text).Clauses[index].Should().BeOfType<T>().Subject;

    public static Expression Expression(string text) => CypherParser.ParseExpression(text);

    public static T Expression<T>(string text)
        where T : Expression => CypherParser.ParseExpression(text).Should().BeOfType<T>().Subject;

    /// <summary>The expression of the single RETURN item of <c>RETURN text</c>.</summary>
    public static Expression Returned(string text) =>
        Clause<ReturnClause>("RETURN " + text).Body.Items.Should().ContainSingle().Subject.Expression;

    public static CypherException Error(Action act)
    {
        var error = act.Should().Throw<CypherException>().Which;
        error.Kind.Should().Be(CypherErrorKind.SyntaxError);
        error.Phase.Should().Be(CypherErrorPhase.CompileTime);
        return error;
    }

    public static CypherException StatementError(string text, string? sourceName = null) =>
        Error(() => CypherParser.ParseStatement(text, sourceName));

    public static CypherException ExpressionError(string text) => Error(() => CypherParser.ParseExpression(text));

    /// <summary>Renders an expression compactly, fully parenthesised, to assert structure and precedence.</summary>
    public static string Show(Expression expression) => expression switch
    {
        IntegerLiteral i => i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FloatLiteral f => f.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        StringLiteral s => $"'{s.Value}'",
        BooleanLiteral b => b.Value ? "true" : "false",
        NullLiteral => "null",
        Variable v => v.Name,
        Parameter p => "$" + p.Name,
        PropertyAccess p => $"{Show(p.Target)}.{p.Key}",
        Binary b => $"({Show(b.Left)} {b.Operator} {Show(b.Right)})",
        Unary u => $"({u.Operator} {Show(u.Operand)})",
        IsNull n => $"({Show(n.Operand)} {(n.Negated ? "IS NOT NULL" : "IS NULL")})",
        HasLabels h => $"({Show(h.Target)}:{string.Join(':', h.Labels)})",
        Subscript s => $"{Show(s.Target)}[{Show(s.Index)}]",
        Slice s => $"{Show(s.Target)}[{(s.From is null ? string.Empty : Show(s.From))}..{(s.To is null ? string.Empty : Show(s.To))}]",
        FunctionCall f => $"{f.Name}({(f.Distinct ? "DISTINCT " : string.Empty)}{string.Join(", ", f.Arguments.Select(Show))})",
        ListLiteral l => $"[{string.Join(", ", l.Items.Select(Show))}]",
        MapLiteral m => $"{{{string.Join(", ", m.Entries.Select(e => $"{e.Key}: {Show(e.Value)}"))}}}",
        CountStar => "count(*)",
        _ => expression.GetType().Name,
    };
}
