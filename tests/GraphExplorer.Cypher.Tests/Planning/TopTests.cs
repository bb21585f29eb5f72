using GraphExplorer.Cypher.Tests.Execution;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Planning;

/// <summary>ORDER BY with LIMIT is planned as Top: only the rows returned are kept, with the rows and order of a full sort.</summary>
public sealed class TopTests
{
    private static List<string> Operators(QueryResult plan) => plan.Select(r => (string)r[2]!).ToList();

    private const string Values = "UNWIND [5, 3, null, 1, 4, 1, 2, 5, 3] AS x ";

    [Fact]
    public void Order_by_with_limit_is_planned_as_top()
    {
        var db = new TestDatabase();
        Operators(db.Run("EXPLAIN UNWIND [3, 1, 2] AS x RETURN x ORDER BY x LIMIT 2")).Should().Equal("Unwind", "Projection", "Top");
        Operators(db.Run("EXPLAIN UNWIND [3, 1, 2] AS x RETURN x ORDER BY x SKIP 1")).Should().Equal("Unwind", "Projection", "Sort", "SkipLimit");
        Operators(db.Run("EXPLAIN UNWIND [3, 1, 2] AS x RETURN x LIMIT 1")).Should().Equal("Unwind", "Projection", "SkipLimit");
    }

    [Theory]
    [InlineData("ORDER BY x", "LIMIT 3")]
    [InlineData("ORDER BY x DESC", "SKIP 2 LIMIT 4")]
    [InlineData("ORDER BY x", "SKIP 8 LIMIT 5")]
    [InlineData("ORDER BY x DESC", "LIMIT 100")]
    public void Top_returns_the_rows_of_a_full_sort_then_skip_and_limit(string orderBy, string skipLimit)
    {
        var db = new TestDatabase();
        var sorted = db.Column($"{Values}RETURN x {orderBy}");
        var parts = skipLimit.Split(' ');
        var skip = parts[0] == "SKIP" ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var limit = int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);

        db.Column($"{Values}RETURN x {orderBy} {skipLimit}").Should().Equal(sorted.Skip(skip).Take(limit));
    }

    [Fact]
    public void Rows_with_equal_keys_keep_their_input_order()
    {
        var db = new TestDatabase();
        db.Column("UNWIND range(1, 9) AS i RETURN i ORDER BY i % 3 LIMIT 5").Should().Equal(3L, 6L, 9L, 1L, 4L);
        db.Column("UNWIND range(1, 9) AS i RETURN i ORDER BY i % 3 DESC SKIP 1 LIMIT 3").Should().Equal(5L, 8L, 1L);
    }

    [Fact]
    public void Limit_zero_returns_no_rows_and_a_negative_limit_is_refused()
    {
        var db = new TestDatabase();
        db.Column("UNWIND [2, 1] AS x RETURN x ORDER BY x LIMIT $n", new { n = 0 }).Should().BeEmpty();
        var error = db.Fails("UNWIND [2, 1] AS x RETURN x ORDER BY x LIMIT $n", new { n = -1 });
        error.Detail.Should().Be("NegativeIntegerArgument");
        error.Phase.Should().Be(CypherErrorPhase.Runtime);
    }
}
