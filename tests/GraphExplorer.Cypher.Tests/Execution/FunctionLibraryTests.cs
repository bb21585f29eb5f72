using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tests.Execution;

public sealed class FunctionLibraryTests
{
    private static readonly TestDatabase Db = new();

    [Theory]
    [InlineData("RETURN toInteger('42')", 42L)]
    [InlineData("RETURN toInteger(3.9)", 3L)]
    [InlineData("RETURN toInteger('x')", null)]
    [InlineData("RETURN toFloat('1.5')", 1.5)]
    [InlineData("RETURN toBoolean('TRUE')", true)]
    [InlineData("RETURN toBooleanOrNull(1.5)", null)]
    [InlineData("RETURN toString(true)", "true")]
    [InlineData("RETURN toString(2.0)", "2.0")]
    [InlineData("RETURN coalesce(null, 2, 3)", 2L)]
    [InlineData("RETURN size('hello')", 5L)]
    [InlineData("RETURN head([1, 2])", 1L)]
    [InlineData("RETURN last([1, 2])", 2L)]
    [InlineData("RETURN trim('  a  ')", "a")]
    [InlineData("RETURN ltrim('  a ')", "a ")]
    [InlineData("RETURN replace('abcabc', 'b', 'x')", "axcaxc")]
    [InlineData("RETURN left('hello', 2) + right('hello', 2)", "helo")]
    [InlineData("RETURN reverse('abc')", "cba")]
    [InlineData("RETURN abs(-3)", 3L)]
    [InlineData("RETURN sign(-2.5)", -1L)]
    [InlineData("RETURN round(2.5)", 3.0)]
    [InlineData("RETURN round(1.2345, 2)", 1.23)]
    [InlineData("RETURN ceil(1.1)", 2.0)]
    [InlineData("RETURN floor(-1.1)", -2.0)]
    [InlineData("RETURN sqrt(16)", 4.0)]
    [InlineData("RETURN 2 ^ 10", 1024.0)]
    [InlineData("RETURN 7 % 3", 1L)]
    [InlineData("RETURN -7 / 2", -3L)]
    [InlineData("RETURN toUpper(null)", null)]
    [InlineData("RETURN date('2015-07-21').week", 30L)]
    [InlineData("RETURN duration('P1Y2M3DT4H').months", 14L)]
    [InlineData("RETURN toString(duration({hours: 25, minutes: 1}))", "PT25H1M")]
    [InlineData("RETURN toString(localtime('12:31:14.645'))", "12:31:14.645")]
    [InlineData("RETURN toString(datetime({year: 2020, month: 1, day: 2, hour: 3, timezone: '+01:00'}))", "2020-01-02T03:00:00+01:00")]
    [InlineData("RETURN date('2020-01-31') < date('2020-02-01')", true)]
    [InlineData("RETURN toString(date.truncate('month', date('2020-05-17')))", "2020-05-01")]
    [InlineData("RETURN toString(duration.between(date('2020-01-01'), date('2021-03-02')))", "P1Y2M1D")]
    public void Scalar_functions_compute_neo4j_values(string query, object? expected) =>
        Db.Scalar(query).Should().Be(expected);

    [Fact]
    public void List_functions_build_lists()
    {
        Db.Scalar("RETURN range(0, 10, 3)").Should().BeEquivalentTo(new object[] { 0L, 3L, 6L, 9L });
        Db.Scalar("RETURN range(3, 0, -1)").Should().BeEquivalentTo(new object[] { 3L, 2L, 1L, 0L });
        Db.Scalar("RETURN tail([1, 2, 3])").Should().BeEquivalentTo(new object[] { 2L, 3L });
        Db.Scalar("RETURN split('a,b', ',')").Should().BeEquivalentTo(new object[] { "a", "b" });
        Db.Scalar("RETURN keys({b: 1, a: 2})").Should().BeEquivalentTo(new object[] { "b", "a" });
    }

    [Fact]
    public void Graph_functions_read_entities()
    {
        var db = new TestDatabase();
        var row = db.Run("CREATE (a:A:B {x: 1})-[r:R {w: 2}]->(b) RETURN id(a), elementId(a), labels(a), type(r), properties(r), id(startNode(r)) = id(a), keys(a)")[0];
        row[0].Should().Be(0L);
        row[1].Should().Be("0");
        row[2].Should().BeEquivalentTo(new[] { "A", "B" });
        row[3].Should().Be("R");
        row[4].Should().BeEquivalentTo(new Dictionary<string, object?> { ["w"] = 2L });
        row[5].Should().Be(true);
        row[6].Should().BeEquivalentTo(new[] { "x" });
        var path = (CypherPath)db.Scalar("MATCH p = (:A)-->() RETURN p")!;
        path.Relationships.Single().Type.Should().Be("R");
        db.Scalar("MATCH p = (:A)-->() RETURN length(p)").Should().Be(1L);
    }

    [Fact]
    public void Invalid_arguments_raise_tck_errors()
    {
        Db.Fails("RETURN range(1, 2, 0)").Kind.Should().Be(CypherErrorKind.ArgumentError);
        Db.Fails("RETURN toInteger([1])").Detail.Should().Be("InvalidArgumentValue");
        Db.Fails("RETURN substring('abc', -1)").Detail.Should().Be("NumberOutOfRange");
        Db.Fails("RETURN date('not a date')").Detail.Should().Be("InvalidArgumentValue");
    }
}
