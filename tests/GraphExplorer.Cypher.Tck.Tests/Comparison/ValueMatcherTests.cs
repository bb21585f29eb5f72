using GraphExplorer.Cypher.Tck.Comparison;
using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tck.Tests.Comparison;

public sealed class ValueMatcherTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    private static bool Matches(string literal, object? actual, bool ignoreListOrder = false) =>
        ValueMatcher.Matches(TckValueParser.Parse(literal), actual, ignoreListOrder);

    [Fact]
    public void Integers_and_floats_never_match_each_other()
    {
        Matches("1", 1L).Should().BeTrue();
        Matches("1", 1.0).Should().BeFalse();
        Matches("1.0", 1L).Should().BeFalse();
        Matches("1.0", 1.0).Should().BeTrue();
    }

    [Fact]
    public void Floats_match_exactly_as_printed()
    {
        Matches("0.30000000000000004", 0.1 + 0.2).Should().BeTrue();
        Matches("0.3", 0.1 + 0.2).Should().BeFalse();
        Matches("NaN", double.NaN).Should().BeTrue();
        Matches("-Inf", double.NegativeInfinity).Should().BeTrue();
        Matches("0.0", -0.0).Should().BeTrue();
    }

    [Fact]
    public void Null_matches_only_null()
    {
        Matches("null", null).Should().BeTrue();
        Matches("null", "null").Should().BeFalse();
        Matches("'x'", null).Should().BeFalse();
    }

    [Fact]
    public void Temporal_values_match_their_canonical_text()
    {
        Matches("'2015-07-21'", new CypherDate(new DateOnly(2015, 7, 21))).Should().BeTrue();
        Matches("'2015-07-22'", new CypherDate(new DateOnly(2015, 7, 21))).Should().BeFalse();
        Matches("'PT1H'", new CypherDuration(0, 0, 3600, 0)).Should().BeTrue();
    }

    [Fact]
    public void Lists_match_in_order_unless_list_order_is_ignored()
    {
        var actual = new List<object?> { 2L, 1L, new List<object?> { 4L, 3L } };

        Matches("[1, 2, [3, 4]]", actual).Should().BeFalse();
        Matches("[1, 2, [3, 4]]", actual, ignoreListOrder: true).Should().BeTrue();
        Matches("[2, 1, [4, 3]]", actual).Should().BeTrue();
        Matches("[1, 1, [3, 4]]", actual, ignoreListOrder: true).Should().BeFalse();
    }

    [Fact]
    public void Strings_are_not_lists_and_lists_are_not_maps()
    {
        Matches("['a']", "a").Should().BeFalse();
        Matches("{}", new List<object?>()).Should().BeFalse();
        Matches("[]", new Dictionary<string, object?>()).Should().BeFalse();
    }

    [Fact]
    public void Maps_match_by_keys_and_values_regardless_of_key_order()
    {
        var actual = new Dictionary<string, object?> { ["b"] = 2L, ["a"] = 1L };

        Matches("{a: 1, b: 2}", actual).Should().BeTrue();
        Matches("{a: 1}", actual).Should().BeFalse();
        Matches("{a: 1, b: 2, c: null}", actual).Should().BeFalse();
    }

    [Fact]
    public void Nodes_match_by_labels_and_properties_not_by_id()
    {
        var node = new CypherNode("42", ["B", "A"], new Dictionary<string, object?> { ["name"] = "x" });

        Matches("(:A:B {name: 'x'})", node).Should().BeTrue();
        Matches("(:A {name: 'x'})", node).Should().BeFalse();
        Matches("(:A:B)", node).Should().BeFalse();
        Matches("(:A:B {name: 'y'})", node).Should().BeFalse();
    }

    [Fact]
    public void Relationships_match_by_type_and_properties()
    {
        var relationship = new CypherRelationship("7", "T", "1", "2", new Dictionary<string, object?> { ["w"] = 1L });

        Matches("[:T {w: 1}]", relationship).Should().BeTrue();
        Matches("[:U {w: 1}]", relationship).Should().BeFalse();
        Matches("[:T]", relationship).Should().BeFalse();
    }

    [Fact]
    public void Paths_match_node_by_node_including_each_relationship_direction()
    {
        var a = new CypherNode("1", ["A"], NoProperties);
        var b = new CypherNode("2", ["B"], NoProperties);
        var c = new CypherNode("3", ["C"], NoProperties);
        var path = new CypherPath(
            [a, b, c],
            [new CypherRelationship("10", "T", "1", "2", NoProperties), new CypherRelationship("11", "U", "3", "2", NoProperties)]);

        Matches("<(:A)-[:T]->(:B)<-[:U]-(:C)>", path).Should().BeTrue();
        Matches("<(:A)-[:T]->(:B)-[:U]->(:C)>", path).Should().BeFalse();
        Matches("<(:A)<-[:T]-(:B)<-[:U]-(:C)>", path).Should().BeFalse();
        Matches("<(:A)-[:T]->(:B)>", path).Should().BeFalse();
        Matches("<(:A)>", new CypherPath([a], [])).Should().BeTrue();
    }
}
