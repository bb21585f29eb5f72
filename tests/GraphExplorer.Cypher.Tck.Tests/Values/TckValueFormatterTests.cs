using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Values;

public sealed class TckValueFormatterTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    [Theory]
    [InlineData(null, "null")]
    [InlineData(true, "true")]
    [InlineData(7L, "7")]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData("it's", @"'it\'s'")]
    public void Writes_primitives_as_TCK_literals(object? value, string expected)
    {
        TckValueFormatter.Format(value).Should().Be(expected);
    }

    [Fact]
    public void Writes_maps_with_sorted_keys_and_lists_in_order()
    {
        var value = new List<object?> { new Dictionary<string, object?> { ["b"] = 1L, ["a"] = "x" }, 2.5 };

        TckValueFormatter.Format(value).Should().Be("[{a: 'x', b: 1}, 2.5]");
    }

    [Fact]
    public void Writes_graph_elements_and_paths_with_their_direction()
    {
        var a = new CypherNode("1", ["B", "A"], new Dictionary<string, object?> { ["n"] = 1L });
        var b = new CypherNode("2", [], NoProperties);
        var r = new CypherRelationship("10", "T", "2", "1", NoProperties);

        TckValueFormatter.Format(a).Should().Be("(:A:B {n: 1})");
        TckValueFormatter.Format(new CypherPath([a, b], [r])).Should().Be("<(:A:B {n: 1})<-[:T]-()>");
    }

    [Fact]
    public void Writes_temporal_values_as_their_quoted_canonical_text()
    {
        TckValueFormatter.Format(new CypherDate(new DateOnly(2015, 7, 21))).Should().Be("'2015-07-21'");
    }

    [Theory]
    [InlineData("[1, 'a', {k: [null, -Inf]}]")]
    [InlineData("(:A {p: 1.5})")]
    [InlineData("<(:A)-[:T {w: 1}]->()<-[:U]-(:C)>")]
    public void Parsing_what_it_writes_gives_the_same_text(string literal)
    {
        TckValueFormatter.Format(TckValueParser.Parse(literal)).Should().Be(literal);
    }
}
