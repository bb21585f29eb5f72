using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class ParserExpressionTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "(1 Add (2 Multiply 3))")]
    [InlineData("(1 + 2) * 3", "((1 Add 2) Multiply 3)")]
    [InlineData("1 - 2 - 3", "((1 Subtract 2) Subtract 3)")]
    [InlineData("8 / 4 % 3", "((8 Divide 4) Modulo 3)")]
    [InlineData("2 ^ 3 ^ 2", "((2 Power 3) Power 2)")]
    [InlineData("2 * 3 ^ 2", "(2 Multiply (3 Power 2))")]
    [InlineData("-2 ^ 2", "(-2 Power 2)")]
    [InlineData("-x ^ 2", "((Negate x) Power 2)")]
    [InlineData("-n.age", "(Negate n.age)")]
    [InlineData("+n", "(Plus n)")]
    [InlineData("- -1", "(Negate -1)")]
    [InlineData("a OR b XOR c AND NOT d", "(a Or (b Xor (c And (Not d))))")]
    [InlineData("a OR b OR c", "((a Or b) Or c)")]
    [InlineData("NOT NOT a", "(Not (Not a))")]
    [InlineData("NOT a = b", "(Not (a Equal b))")]
    [InlineData("a = b AND c <> d", "((a Equal b) And (c NotEqual d))")]
    [InlineData("a < b <= c", "((a LessThan b) And (b LessThanOrEqual c))")]
    [InlineData("a < b < c < d", "(((a LessThan b) And (b LessThan c)) And (c LessThan d))")]
    [InlineData("a > b >= c", "((a GreaterThan b) And (b GreaterThanOrEqual c))")]
    [InlineData("a != b", "(a NotEqual b)")]
    [InlineData("a + 1 IN list", "((a Add 1) In list)")]
    [InlineData("x IN [1, 2] = true", "((x In [1, 2]) Equal true)")]
    [InlineData("n.name STARTS WITH 'A'", "(n.name StartsWith 'A')")]
    [InlineData("n.name ends with 'z'", "(n.name EndsWith 'z')")]
    [InlineData("n.name CONTAINS 'b' OR n.name =~ 'c.*'", "((n.name Contains 'b') Or (n.name RegexMatch 'c.*'))")]
    [InlineData("a + b IS NULL", "((a Add b) IS NULL)")]
    [InlineData("n.x IS NOT NULL AND m.y IS NULL", "((n.x IS NOT NULL) And (m.y IS NULL))")]
    [InlineData("NOT n:Person:Admin", "(Not (n:Person:Admin))")]
    [InlineData("n:Person AND n.age > 3", "((n:Person) And (n.age GreaterThan 3))")]
    [InlineData("list[0]", "list[0]")]
    [InlineData("list[1..3]", "list[1..3]")]
    [InlineData("list[..3]", "list[..3]")]
    [InlineData("list[1..]", "list[1..]")]
    [InlineData("list[-1]", "list[-1]")]
    [InlineData("m['key'].inner[0]", "m['key'].inner[0]")]
    [InlineData("n.`odd key`", "n.odd key")]
    [InlineData("n.count", "n.count")]
    public void Operators_bind_by_precedence(string text, string expected)
    {
        Parse.Show(Parse.Expression(text)).Should().Be(expected);
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    [InlineData("0x1a", 26L)]
    [InlineData("0o17", 15L)]
    [InlineData("017", 15L)]
    [InlineData("-0o1000000000000000000000", long.MinValue)]
    [InlineData("0", 0L)]
    public void Integer_literals_convert_in_every_radix(string text, long expected)
    {
        Parse.Expression<IntegerLiteral>(text).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("0x8000000000000000")]
    [InlineData("99999999999999999999999")]
    public void Integer_literals_outside_64_bits_overflow(string text)
    {
        var error = Parse.ExpressionError(text);
        error.Detail.Should().Be("IntegerOverflow");
        error.Position!.Value.Column.Should().Be(1);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1.5E-3", 0.0015)]
    [InlineData("6.02e+23", 6.02e23)]
    public void Float_literals_convert(string text, double expected)
    {
        Parse.Expression<FloatLiteral>(text).Value.Should().Be(expected);
    }

    [Fact]
    public void A_too_large_float_is_rejected()
    {
        Parse.ExpressionError("1e999").Detail.Should().Be("FloatingPointOverflow");
    }

    [Theory]
    [InlineData("true", "true")]
    [InlineData("FALSE", "false")]
    [InlineData("Null", "null")]
    [InlineData("'text'", "'text'")]
    [InlineData("$param", "$param")]
    [InlineData("$0", "$0")]
    [InlineData("[]", "[]")]
    [InlineData("[1, 'a', [true]]", "[1, 'a', [true]]")]
    [InlineData("{}", "{}")]
    [InlineData("{b: 1, a: 'x', `c d`: null}", "{b: 1, a: 'x', c d: null}")]
    [InlineData("{match: 1, return: 2}", "{match: 1, return: 2}")]
    public void Literals_and_parameters(string text, string expected)
    {
        Parse.Show(Parse.Expression(text)).Should().Be(expected);
    }

    [Theory]
    [InlineData("toUpper(n.name)", "toUpper(n.name)")]
    [InlineData("date.truncate('day', d)", "date.truncate('day', d)")]
    [InlineData("apoc.coll.sum([1])", "apoc.coll.sum([1])")]
    [InlineData("count(DISTINCT n.x)", "count(DISTINCT n.x)")]
    [InlineData("count(*)", "count(*)")]
    [InlineData("COUNT( * )", "count(*)")]
    [InlineData("count(n)", "count(n)")]
    [InlineData("exists(n.prop)", "exists(n.prop)")]
    [InlineData("rand()", "rand()")]
    [InlineData("`toUpper`('a')", "toUpper('a')")]
    public void Function_calls_keep_namespace_and_case(string text, string expected)
    {
        Parse.Show(Parse.Expression(text)).Should().Be(expected);
    }

    [Fact]
    public void Count_star_is_its_own_node()
    {
        Parse.Expression<CountStar>("count(*)").Span.End.Should().Be(8);
    }

    [Fact]
    public void Simple_case_compares_a_test_value()
    {
        var expression = Parse.Expression<CaseExpression>("CASE n.x WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END");
        expression.Test.Should().BeOfType<PropertyAccess>();
        expression.Alternatives.Select(a => Parse.Show(a.Then)).Should().Equal("'one'", "'two'");
        Parse.Show(expression.Default!).Should().Be("'many'");
    }

    [Fact]
    public void Generic_case_has_predicates_and_no_default()
    {
        var expression = Parse.Expression<CaseExpression>("case when a > 1 then 'big' end");
        expression.Test.Should().BeNull();
        Parse.Show(expression.Alternatives.Single().When).Should().Be("(a GreaterThan 1)");
        expression.Default.Should().BeNull();
    }

    [Theory]
    [InlineData("[x IN list]", false, false)]
    [InlineData("[x IN list WHERE x > 1]", true, false)]
    [InlineData("[x IN list | x * 2]", false, true)]
    [InlineData("[x IN range(1, 10) WHERE x % 2 = 0 | x ^ 2]", true, true)]
    public void List_comprehensions(string text, bool hasWhere, bool hasProjection)
    {
        var expression = Parse.Expression<ListComprehension>(text);
        expression.Variable.Should().Be("x");
        (expression.Where is not null).Should().Be(hasWhere);
        (expression.Projection is not null).Should().Be(hasProjection);
    }

    [Fact]
    public void Pattern_comprehension_with_path_variable_and_filter()
    {
        var expression = Parse.Expression<PatternComprehension>("[p = (a)-[:KNOWS]->(b:Person) WHERE b.age > 3 | b.name]");
        expression.PathVariable.Should().Be("p");
        expression.Pattern.Steps.Should().ContainSingle().Which.Node.Labels.Should().Equal("Person");
        Parse.Show(expression.Where!).Should().Be("(b.age GreaterThan 3)");
        Parse.Show(expression.Projection).Should().Be("b.name");
    }

    [Fact]
    public void Pattern_comprehension_without_path_variable()
    {
        var expression = Parse.Expression<PatternComprehension>("[(a)<--(b) | b]");
        expression.PathVariable.Should().BeNull();
        expression.Pattern.Steps.Single().Relationship.Direction.Should().Be(RelationshipDirection.Incoming);
    }

    [Fact]
    public void A_list_starting_with_a_parenthesised_expression_is_a_list()
    {
        Parse.Show(Parse.Expression("[(1 + 2), (a)]")).Should().Be("[(1 Add 2), a]");
    }

    [Theory]
    [InlineData("all(x IN list WHERE x > 0)", QuantifierKind.All)]
    [InlineData("ANY(x IN list WHERE x > 0)", QuantifierKind.Any)]
    [InlineData("none(x IN list WHERE x > 0)", QuantifierKind.None)]
    [InlineData("single(x IN list WHERE x > 0)", QuantifierKind.Single)]
    public void Quantifiers(string text, QuantifierKind kind)
    {
        var expression = Parse.Expression<Quantifier>(text);
        expression.Kind.Should().Be(kind);
        expression.Variable.Should().Be("x");
        Parse.Show(expression.Predicate!).Should().Be("(x GreaterThan 0)");
    }

    [Fact]
    public void A_function_named_like_a_quantifier_stays_a_function()
    {
        Parse.Show(Parse.Expression("any(list)")).Should().Be("any(list)");
    }

    [Fact]
    public void Reduce_has_accumulator_source_and_step()
    {
        var expression = Parse.Expression<Reduce>("reduce(total = 0, x IN [1, 2] | total + x)");
        expression.Accumulator.Should().Be("total");
        Parse.Show(expression.Init).Should().Be("0");
        expression.Variable.Should().Be("x");
        Parse.Show(expression.Body).Should().Be("(total Add x)");
    }

    [Fact]
    public void Map_projection_selectors()
    {
        var expression = Parse.Expression<MapProjection>("n {.name, .*, age: n.age + 1, other}");
        expression.Variable.Should().Be("n");
        expression.Items.Select(i => i.GetType().Name).Should().Equal(
            nameof(PropertySelector), nameof(AllPropertiesSelector), nameof(LiteralEntrySelector), nameof(VariableSelector));
        expression.Items[0].Should().BeOfType<PropertySelector>().Which.Key.Should().Be("name");
        expression.Items[3].Should().BeOfType<VariableSelector>().Which.Variable.Should().Be("other");
    }

    [Fact]
    public void Empty_map_projection()
    {
        Parse.Expression<MapProjection>("n{}").Items.Should().BeEmpty();
    }

    [Fact]
    public void Exists_subquery_with_pattern_and_where()
    {
        var expression = Parse.Expression<ExistsSubquery>("EXISTS { (n)-[:R]->(m) WHERE m.x = 1 }");
        expression.Pattern!.Parts.Should().ContainSingle();
        expression.Where.Should().NotBeNull();
        expression.Query.Should().BeNull();
    }

    [Fact]
    public void Exists_subquery_with_a_query()
    {
        var expression = Parse.Expression<ExistsSubquery>("exists { MATCH (n)-->(m) WITH m WHERE m.x = 1 RETURN m }");
        expression.Pattern.Should().BeNull();
        expression.Query.Should().BeOfType<SingleQuery>().Which.Clauses.Should().HaveCount(3);
    }

    [Fact]
    public void Count_subquery()
    {
        var expression = Parse.Expression<CountSubquery>("COUNT { (n)--() }");
        expression.Pattern!.Parts.Single().Element.Steps.Should().ContainSingle();
        Parse.Expression<CountSubquery>("COUNT { MATCH (n) RETURN n }").Query.Should().NotBeNull();
    }

    [Fact]
    public void Pattern_predicate_in_where()
    {
        var match = Parse.Clause<MatchClause>("MATCH (n) WHERE (n)-[:R]->(:Agency) AND NOT (n)<--() RETURN n");
        var and = match.Where.Should().BeOfType<Binary>().Subject;
        and.Left.Should().BeOfType<PatternPredicate>().Which.Pattern.Steps.Single().Node.Labels.Should().Equal("Agency");
        and.Right.Should().BeOfType<Unary>().Which.Operand.Should().BeOfType<PatternPredicate>();
    }

    [Fact]
    public void Parenthesised_node_in_where_is_a_variable()
    {
        Parse.Clause<MatchClause>("MATCH (n) WHERE (n) RETURN n").Where.Should().BeOfType<Variable>();
    }

    [Theory]
    [InlineData("(x) - -1", "(x Subtract -1)")]
    [InlineData("(x)--1", "(x Subtract -1)")]
    [InlineData("(x) < -(y)", "(x LessThan (Negate y))")]
    [InlineData("(x)<-y", "(x LessThan (Negate y))")]
    public void Parenthesised_variables_followed_by_arithmetic_are_not_patterns(string text, string expected)
    {
        Parse.Show(Parse.Expression(text)).Should().Be(expected);
    }

    [Fact]
    public void Pattern_predicate_inside_exists_function()
    {
        var call = Parse.Returned("exists((n)-->())").Should().BeOfType<FunctionCall>().Subject;
        call.Arguments.Single().Should().BeOfType<PatternPredicate>();
    }

    [Theory]
    [InlineData("MATCH (n) RETURN (n)-[]->()", 18)]
    [InlineData("MATCH (n) WITH (n)-[]->() AS x RETURN x", 16)]
    [InlineData("MATCH (n) RETURN size((n)-->())", 23)]
    [InlineData("MATCH (n) WHERE size((n)-->()) > 0 RETURN n", 22)]
    public void Pattern_expressions_outside_where_are_rejected(string text, int column)
    {
        var error = Parse.StatementError(text);
        error.Detail.Should().Be("UnexpectedSyntax");
        error.Position!.Value.Column.Should().Be(column);
    }

    [Fact]
    public void Typographic_dash_as_minus_is_an_invalid_unicode_character()
    {
        var error = Parse.StatementError("RETURN 42 \u2014 41");
        error.Detail.Should().Be("InvalidUnicodeCharacter");
        error.Position!.Value.Column.Should().Be(11);
    }

    [Fact]
    public void Spans_cover_the_whole_expression()
    {
        var expression = Parse.Expression<Binary>("a.b + f(1, 2)");
        expression.Span.Should().Be(new SourceSpan(0, 13, 1, 1));
        expression.Left.Span.Should().Be(new SourceSpan(0, 3, 1, 1));
        expression.Right.Span.Should().Be(new SourceSpan(6, 13, 1, 7));
        ((FunctionCall)expression.Right).Arguments[1].Span.Should().Be(new SourceSpan(11, 12, 1, 12));
    }

    [Fact]
    public void Parenthesised_expression_span_includes_the_parentheses()
    {
        Parse.Expression("(a + b)").Span.Should().Be(new SourceSpan(0, 7, 1, 1));
    }

    [Fact]
    public void Negative_literal_span_starts_at_the_sign()
    {
        Parse.Expression("- 5").Span.Should().Be(new SourceSpan(0, 3, 1, 1));
    }

    [Theory]
    [InlineData("1 +", "Unexpected end of input")]
    [InlineData("(1 + 2", "Unexpected end of input")]
    [InlineData("[1, 2", "Unexpected end of input")]
    [InlineData("f(1,)", "Invalid input ')'")]
    [InlineData("{a 1}", "Invalid input '1'")]
    [InlineData("CASE x END", "Invalid input 'END'")]
    [InlineData("1 2", "Invalid input '2'")]
    public void Malformed_expressions_say_what_was_found(string text, string message)
    {
        Parse.ExpressionError(text).Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("RETURN 0x", 8)]
    [InlineData("RETURN 12abc", 8)]
    [InlineData("RETURN [1, 9223372h54775808]", 12)]
    [InlineData("MATCH (n) WHERE n.x > 1e RETURN n", 23)]
    public void A_malformed_number_where_a_value_stands_is_an_invalid_number_literal(string text, int column)
    {
        var error = Parse.StatementError(text);

        error.Detail.Should().Be("InvalidNumberLiteral");
        error.Position!.Value.Column.Should().Be(column);
    }

    [Theory]
    [InlineData("RETURN {1B2c3e67: 1}")]
    [InlineData("RETURN {a: 1, 2x: 2}")]
    [InlineData("MATCH (n {1: 1}) RETURN n")]
    public void A_map_key_starting_with_a_digit_is_unexpected_syntax_naming_the_key(string text)
    {
        var error = Parse.StatementError(text);

        error.Detail.Should().Be("UnexpectedSyntax");
        error.Message.Should().Contain("a map key is a name, and a name cannot start with a digit");
    }
}
