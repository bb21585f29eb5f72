using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Values;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Cypher.Tests.Values;

public sealed class ValueComparerTests
{
    [Fact]
    public void Equality_is_three_valued_and_numbers_compare_across_types()
    {
        ValueComparer.Equal(1L, 1.0).Should().BeTrue();
        ValueComparer.Equal(1L, null).Should().BeNull();
        ValueComparer.Equal(double.NaN, double.NaN).Should().BeFalse();
        ValueComparer.Equal("1", 1L).Should().BeFalse();
        ValueComparer.Equal(new List<object?> { 1L, null }, new List<object?> { 1L, 2L }).Should().BeNull();
        ValueComparer.Equal(new List<object?> { 1L, null }, new List<object?> { 2L, 2L }).Should().BeFalse();
        ValueComparer.Equal(long.MaxValue, 9.2233720368547758E18).Should().BeFalse("2^63-1 is not exactly 2^63");
    }

    [Fact]
    public void Comparison_operators_give_null_for_incomparable_values()
    {
        ValueComparer.CompareOperands(1L, 2.5).Should().BeNegative();
        ValueComparer.CompareOperands("a", 1L).Should().BeNull();
        ValueComparer.CompareOperands(1L, double.NaN).Should().BeNull();
        ValueComparer.CompareOperands(new List<object?> { 1L, 2L }, new List<object?> { 1L, 3L }).Should().BeNegative();
    }

    [Fact]
    public void Order_by_orders_across_types_with_nulls_last()
    {
        var values = new List<object?>
        {
            null, 1L, "b", true, new List<object?> { 1L }, new Dictionary<string, object?>(), double.NaN, 0.5, new NodeValue(3),
            new RelationshipValue(1, "T", 0, 1),
        };
        values.Sort(ValueComparer.OrderCompare);
        values.Select(Operations.TypeName).Should().Equal("Map", "Node", "Relationship", "List", "String", "Boolean", "Float", "Integer", "Float", "Null");
        values[6].Should().Be(0.5);
        ((double)values[8]!).Should().Be(double.NaN, "NaN sorts after every other number");
    }

    [Fact]
    public void Equivalence_groups_nulls_and_nans_together()
    {
        ValueComparer.Equals(null, null).Should().BeTrue();
        ValueComparer.Equals(double.NaN, double.NaN).Should().BeTrue();
        ValueComparer.Equals(1L, 1.0).Should().BeTrue();
        ValueComparer.HashOf(1L).Should().Be(ValueComparer.HashOf(1.0));
    }

    [Fact]
    public void Property_keys_match_numbers_by_value_but_temporal_values_by_offset_too()
    {
        var keys = ValueComparer.PropertyKeyEquality;
        keys.Equals(1L, 1.0).Should().BeTrue();
        keys.GetHashCode(1L).Should().Be(keys.GetHashCode(1.0));
        keys.Equals(new List<object?> { 1L, 2.0 }, new List<object?> { 1.0, 2L }).Should().BeTrue();
        keys.Equals(new List<object?> { 1L, null }, new List<object?> { 1L, null }).Should().BeFalse("a list holding null equals nothing");
        keys.Equals(double.NaN, double.NaN).Should().BeFalse();

        var day = new DateOnly(2020, 1, 1);
        var inParis = new CypherDateTime(day, 3_600_000_000_000, 3600, null);
        var inLondon = new CypherDateTime(day, 0, 0, null);
        ValueComparer.Equal(inParis, inLondon).Should().BeTrue("= compares the instant");
        keys.Equals(inParis, inLondon).Should().BeFalse("a stored key keeps its offset");
        keys.GetHashCode(inParis).Should().Be(keys.GetHashCode(inParis with { }));
    }
}
