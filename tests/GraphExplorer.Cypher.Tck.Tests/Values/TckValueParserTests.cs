using GraphExplorer.Cypher.Tck.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Values;

public sealed class TckValueParserTests
{
    [Theory]
    [InlineData("null", null)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("0", 0L)]
    [InlineData("-42", -42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Parses_primitives(string literal, object? expected)
    {
        TckValueParser.Parse(literal).Should().Be(expected);
    }

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData("-0.5", -0.5)]
    [InlineData("1e10", 1e10)]
    [InlineData("8E4", 8e4)]
    [InlineData("1.5e-3", 1.5e-3)]
    [InlineData(".5", 0.5)]
    [InlineData("Inf", double.PositiveInfinity)]
    [InlineData("-Inf", double.NegativeInfinity)]
    public void Parses_floats_as_doubles(string literal, double expected)
    {
        TckValueParser.Parse(literal).Should().BeOfType<double>().Which.Should().Be(expected);
    }

    [Fact]
    public void Parses_NaN()
    {
        TckValueParser.Parse("NaN").Should().BeOfType<double>().Which.Should().Be(double.NaN);
    }

    [Fact]
    public void A_number_with_a_point_or_exponent_is_a_float_and_otherwise_an_integer()
    {
        TckValueParser.Parse("1").Should().BeOfType<long>();
        TckValueParser.Parse("1.0").Should().BeOfType<double>();
        TckValueParser.Parse("1e0").Should().BeOfType<double>();
    }

    [Theory]
    [InlineData("''", "")]
    [InlineData("'abc'", "abc")]
    [InlineData(@"'\''", "'")]
    [InlineData(@"'a\\b'", @"a\b")]
    [InlineData(@"'a\nb'", @"a\nb")]
    [InlineData("'[a, {b}]'", "[a, {b}]")]
    public void Strings_unescape_only_quote_and_backslash(string literal, string expected)
    {
        TckValueParser.Parse(literal).Should().Be(expected);
    }

    [Fact]
    public void Parses_nested_lists_and_maps()
    {
        var value = TckValueParser.Parse("[1, [2.5, 'x'], {a: null, `b c`: [true]}, []]");

        value.Should().BeEquivalentTo(new List<object?>
        {
            1L,
            new List<object?> { 2.5, "x" },
            new Dictionary<string, object?> { ["a"] = null, ["b c"] = new List<object?> { true } },
            new List<object?>(),
        });
    }

    [Fact]
    public void Parses_nodes_with_labels_and_properties()
    {
        var node = TckValueParser.Parse("(:L1:L2 {p: 0, q: 'string'})").Should().BeOfType<ExpectedNode>().Subject;

        node.Labels.Should().Equal("L1", "L2");
        node.Properties.Should().BeEquivalentTo(new Dictionary<string, object?> { ["p"] = 0L, ["q"] = "string" });
        TckValueParser.Parse("()").Should().BeOfType<ExpectedNode>().Which.Labels.Should().BeEmpty();
    }

    [Fact]
    public void A_bracket_followed_by_a_colon_is_a_relationship_not_a_list()
    {
        var relationship = TckValueParser.Parse("[:T {p: 0}]").Should().BeOfType<ExpectedRelationship>().Subject;

        relationship.Type.Should().Be("T");
        relationship.Properties.Should().ContainKey("p");
        TckValueParser.Parse("[ :T]").Should().BeOfType<ExpectedRelationship>();
    }

    [Fact]
    public void Parses_paths_with_both_directions()
    {
        var path = TckValueParser.Parse("<(:A)-[:T]->(:B {n: 1})<-[:U {w: 2}]-()>").Should().BeOfType<ExpectedPath>().Subject;

        path.Start.Labels.Should().Equal("A");
        path.Hops.Should().HaveCount(2);
        path.Hops[0].Forward.Should().BeTrue();
        path.Hops[0].Relationship.Type.Should().Be("T");
        path.Hops[1].Forward.Should().BeFalse();
        path.Hops[1].Relationship.Type.Should().Be("U");
        path.Hops[1].Node.Labels.Should().BeEmpty();
    }

    [Fact]
    public void Parses_the_zero_length_path()
    {
        TckValueParser.Parse("<()>").Should().BeOfType<ExpectedPath>().Which.Hops.Should().BeEmpty();
    }

    [Theory]
    [InlineData("'unterminated", "unterminated string")]
    [InlineData("[1, 2", "expected ']'")]
    [InlineData("{a 1}", "expected ':'")]
    [InlineData("1 2", "expected the end of the value")]
    [InlineData("nil", "expected a value")]
    [InlineData("99999999999999999999", "out of the 64-bit range")]
    [InlineData("{a: 1, a: 2}", "appears twice")]
    public void Malformed_literals_fail_with_the_column(string literal, string message)
    {
        var act = () => TckValueParser.Parse(literal);

        act.Should().Throw<TckValueFormatException>().WithMessage($"*{message}*").WithMessage("*column*");
    }

    [Fact]
    public void Parameters_refuse_graph_elements()
    {
        var act = () => TckValueParser.ParseParameter("[(:A)]");

        act.Should().Throw<TckValueFormatException>().WithMessage("*cannot be a node*");
        TckValueParser.ParseParameter("{a: [1]}").Should().BeOfType<Dictionary<string, object?>>();
    }
}
