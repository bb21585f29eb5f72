using GraphExplorer.Cypher.Tck.Comparison;
using GraphExplorer.Cypher.Tck.Values;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tck.Tests.Comparison;

public sealed class ResultMatcherTests
{
    private static QueryResult Result(string[] keys, params object?[][] rows) =>
        QueryResult.FromRows(keys, rows.Select(row => (IReadOnlyList<object?>)row));

    private static IReadOnlyList<IReadOnlyList<object?>> Expected(params string[][] rows) =>
        rows.Select(row => (IReadOnlyList<object?>)row.Select(TckValueParser.Parse).ToList()).ToList();

    [Fact]
    public void Rows_in_any_order_form_a_bag()
    {
        var actual = Result(["a"], [2L], [1L], [1L]);

        ResultMatcher.Describe(["a"], Expected(["1"], ["1"], ["2"]), actual, ordered: false, ignoreListOrder: false).Should().BeNull();
        ResultMatcher.Describe(["a"], Expected(["1"], ["2"], ["2"]), actual, ordered: false, ignoreListOrder: false)
            .Should().Contain("missing:    | 2 |").And.Contain("unexpected: | 1 |");
    }

    [Fact]
    public void Rows_in_order_must_come_in_that_order()
    {
        var actual = Result(["a"], [2L], [1L]);

        ResultMatcher.Describe(["a"], Expected(["2"], ["1"]), actual, ordered: true, ignoreListOrder: false).Should().BeNull();
        ResultMatcher.Describe(["a"], Expected(["1"], ["2"]), actual, ordered: true, ignoreListOrder: false)
            .Should().StartWith("rows differ (in order) from row 1");
    }

    [Fact]
    public void Row_counts_must_agree()
    {
        var actual = Result(["a"], [1L]);

        ResultMatcher.Describe(["a"], Expected(["1"], ["1"]), actual, ordered: false, ignoreListOrder: false).Should().NotBeNull();
        ResultMatcher.Describe(["a"], Expected(), actual, ordered: true, ignoreListOrder: false).Should().NotBeNull();
    }

    [Fact]
    public void Columns_are_matched_by_name()
    {
        var actual = Result(["b", "a"], [2L, 1L]);

        ResultMatcher.Describe(["a", "b"], Expected(["1", "2"]), actual, ordered: false, ignoreListOrder: false).Should().BeNull();
        ResultMatcher.Describe(["a", "c"], Expected(["1", "2"]), actual, ordered: false, ignoreListOrder: false)
            .Should().StartWith("columns differ");
    }

    [Fact]
    public void Bag_matching_finds_a_pairing_a_greedy_search_would_miss()
    {
        // With lists compared as bags both expected rows match the first actual row; only one pairing works.
        var actual = Result(["l"], [new List<object?> { 1L, 2L }], [new List<object?> { 2L, 1L }]);

        ResultMatcher.Describe(["l"], Expected(["[2, 1]"], ["[1, 2]"]), actual, ordered: false, ignoreListOrder: true)
            .Should().BeNull();
    }
}
