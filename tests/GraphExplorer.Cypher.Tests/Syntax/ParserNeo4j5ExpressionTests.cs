using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

/// <summary>
/// The Neo4j 5 expression syntax (label expressions, type predicates, trim and normalize forms, the extended simple
/// CASE): the shapes the parser gives them. Their results are checked by the dialect suite in tests/neo4j5-dialect.
/// </summary>
public sealed class ParserNeo4j5ExpressionTests
{
    [Fact]
    public void Label_expressions_bind_not_then_and_then_or()
    {
        var predicate = Parse.Expression<LabelPredicate>("n:A|!B&C");
        var or = predicate.Labels.Should().BeOfType<LabelOr>().Subject;
        or.Left.Should().Be(new LabelName("A", or.Left.Span));
        var and = or.Right.Should().BeOfType<LabelAnd>().Subject;
        and.Left.Should().BeOfType<LabelNot>().Which.Operand.Should().BeOfType<LabelName>().Which.Name.Should().Be("B");
    }

    [Fact]
    public void A_plain_conjunction_stays_a_label_list()
    {
        Parse.Show(Parse.Expression("n:A:B")).Should().Be("(n:A:B)");
        Parse.Show(Parse.Expression("n:A&B")).Should().Be("(n:A:B)");
        Parse.Show(Parse.Expression("n IS A")).Should().Be("(n:A)");
    }

    [Fact]
    public void Mixing_the_colon_conjunction_with_new_symbols_is_refused()
    {
        var error = Parse.ExpressionError("n:A:B|C");
        error.Message.Should().Contain("Mixing label expression symbols");
    }

    [Theory]
    [InlineData("x IS :: INTEGER", ValueTypeKind.Integer, false)]
    [InlineData("x IS NOT :: STRING", ValueTypeKind.String, true)]
    [InlineData("x IS TYPED BOOL", ValueTypeKind.Boolean, false)]
    [InlineData("x :: TIMESTAMP WITH TIME ZONE", ValueTypeKind.ZonedDateTime, false)]
    [InlineData("x IS :: TIME WITHOUT TIMEZONE", ValueTypeKind.LocalTime, false)]
    [InlineData("x IS :: ANY PROPERTY VALUE", ValueTypeKind.PropertyValue, false)]
    public void Type_predicates_resolve_synonyms(string text, ValueTypeKind kind, bool negated)
    {
        var predicate = Parse.Expression<TypePredicate>(text);
        predicate.Type.Kind.Should().Be(kind);
        predicate.Negated.Should().Be(negated);
    }

    [Fact]
    public void List_types_unions_and_not_null_nest()
    {
        var type = Parse.Expression<TypePredicate>("x IS :: LIST<INTEGER NOT NULL | FLOAT> NOT NULL").Type;
        type.Kind.Should().Be(ValueTypeKind.List);
        type.NotNull.Should().BeTrue();
        type.Element!.Kind.Should().Be(ValueTypeKind.Union);
        type.Element.Members.Select(m => (m.Kind, m.NotNull)).Should().Equal((ValueTypeKind.Integer, true), (ValueTypeKind.Float, false));
        Parse.Expression<TypePredicate>("x :: STRING! ARRAY").Type.Element!.NotNull.Should().BeTrue();
    }

    [Fact]
    public void Is_normalized_takes_an_optional_form()
    {
        Parse.Expression<NormalizedPredicate>("s IS NORMALIZED").Form.Should().Be("NFC");
        var negated = Parse.Expression<NormalizedPredicate>("s IS NOT NFKD NORMALIZED");
        (negated.Form, negated.Negated).Should().Be(("NFKD", true));
    }

    [Theory]
    [InlineData("trim(BOTH 'x' FROM s)", "btrim(s, 'x')")]
    [InlineData("trim(LEADING FROM s)", "ltrim(s)")]
    [InlineData("trim(TRAILING 'x' FROM s)", "rtrim(s, 'x')")]
    [InlineData("trim('x' FROM s)", "btrim(s, 'x')")]
    [InlineData("trim(s)", "trim(s)")]
    [InlineData("normalize(s, NFKC)", "normalize(s, 'NFKC')")]
    [InlineData("normalize(s)", "normalize(s)")]
    public void Trim_and_normalize_forms_become_ordinary_calls(string text, string shown)
    {
        Parse.Show(Parse.Expression(text)).Should().Be(shown);
    }

    [Fact]
    public void Concatenation_shares_the_level_of_plus()
    {
        Parse.Show(Parse.Expression("a + b || c * d")).Should().Be("((a Add b) Concatenate (c Multiply d))");
    }

    [Fact]
    public void Extended_simple_case_compares_the_subject_in_each_when()
    {
        var extended = Parse.Expression<ExtendedCaseExpression>("CASE x WHEN < 1, 5 THEN 'a' WHEN IS NULL THEN 'b' END");
        var subject = ExtendedCaseExpression.SubjectVariable;
        Parse.Show(extended.Alternatives[0].When).Should().Be($"(({subject} LessThan 1) Or ({subject} Equal 5))");
        Parse.Show(extended.Alternatives[1].When).Should().Be($"({subject} IS NULL)");
    }

    [Fact]
    public void Plain_simple_case_keeps_its_form()
    {
        var plain = Parse.Expression<CaseExpression>("CASE x WHEN 1 THEN 'a' ELSE 'b' END");
        Parse.Show(plain.Alternatives[0].When).Should().Be("1");
    }

    [Fact]
    public void A_property_type_constraint_keeps_its_type()
    {
        var create = CypherParser.ParseStatement("CREATE CONSTRAINT FOR (n:Movie) REQUIRE n.tagline IS :: STRING | LIST<STRING NOT NULL>")
            .Should().BeOfType<CreateConstraintStatement>().Subject;
        create.Kind.Should().Be(ConstraintKind.PropertyType);
        create.PropertyType!.Members.Select(m => m.Kind).Should().Equal(ValueTypeKind.String, ValueTypeKind.List);
    }

    [Theory]
    [InlineData("CREATE CONSTRAINT FOR (n:Movie) REQUIRE n.p IS :: MAP")]
    [InlineData("CREATE CONSTRAINT FOR (n:Movie) REQUIRE n.p IS :: STRING NOT NULL")]
    [InlineData("CREATE CONSTRAINT FOR (n:Movie) REQUIRE n.p IS TYPED LIST<STRING>")]
    public void A_property_type_constraint_takes_only_storable_types(string text)
    {
        Parse.StatementError(text).Message.Should().Contain("A property type constraint takes");
    }

    [Theory]
    [InlineData("RETURN 1__000")]
    [InlineData("RETURN 1_000_")]
    [InlineData("RETURN 0x_")]
    public void Digit_separators_stand_between_digits(string text)
    {
        Parse.StatementError(text).Detail.Should().Be("InvalidNumberLiteral");
    }
}
