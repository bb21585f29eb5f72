using GraphExplorer.Bolt.PackStream;
using GraphExplorer.Bolt.Values;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Bolt.Tests.Values;

/// <summary>Cypher values in Bolt 5's structures (https://neo4j.com/docs/bolt/current/bolt/structure-semantics/).</summary>
public sealed class BoltValueTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    [Fact]
    public void A_node_carries_its_legacy_id_labels_properties_and_element_id()
    {
        var node = new CypherNode("42", ["Organization"], new Dictionary<string, object?> { ["name"] = "JAXA" });
        var structure = Encode(node);
        structure.Tag.Should().Be((byte)'N');
        structure.Fields.Should().HaveCount(4);
        structure.Fields[0].Should().Be(42L);
        structure.Fields[1].Should().BeEquivalentTo(new List<object?> { "Organization" });
        structure.Fields[3].Should().Be("42");
    }

    [Fact]
    public void A_path_walked_against_a_relationship_names_it_with_a_negative_index()
    {
        var a = new CypherNode("1", [], NoProperties);
        var b = new CypherNode("2", [], NoProperties);
        var c = new CypherNode("3", [], NoProperties);
        var ab = new CypherRelationship("10", "R", "1", "2", NoProperties);
        var cb = new CypherRelationship("11", "R", "3", "2", NoProperties);
        var structure = Encode(new CypherPath([a, b, c], [ab, cb]));

        structure.Tag.Should().Be((byte)'P');
        ((List<object?>)structure.Fields[0]!).Should().HaveCount(3);
        ((List<object?>)structure.Fields[1]!).Cast<PackStreamStructure>().Should().OnlyContain(r => r.Tag == (byte)'r' && r.Fields.Count == 4);
        structure.Fields[2].Should().BeEquivalentTo(new List<object?> { 1L, 1L, -2L, 2L });
    }

    [Fact]
    public void A_path_through_the_same_node_twice_lists_it_once()
    {
        var a = new CypherNode("1", [], NoProperties);
        var b = new CypherNode("2", [], NoProperties);
        var ab = new CypherRelationship("10", "R", "1", "2", NoProperties);
        var structure = Encode(new CypherPath([a, b, a], [ab, ab]));
        ((List<object?>)structure.Fields[0]!).Should().HaveCount(2);
        ((List<object?>)structure.Fields[1]!).Should().HaveCount(1);
        structure.Fields[2].Should().BeEquivalentTo(new List<object?> { 1L, 1L, -1L, 0L });
    }

    [Fact]
    public void A_datetime_with_an_offset_is_sent_as_utc_seconds()
    {
        // 2021-06-01T09:00:00+02:00 is 07:00 UTC: 1622530800.
        var structure = Encode(new CypherDateTime(new DateOnly(2021, 6, 1), 9L * 3600 * 1_000_000_000, 7200, null));
        structure.Tag.Should().Be((byte)'I');
        structure.Fields.Should().Equal(1622530800L, 0L, 7200L);
        Decode(structure).Should().Be(new CypherDateTime(new DateOnly(2021, 6, 1), 9L * 3600 * 1_000_000_000, 7200, null));
    }

    [Fact]
    public void A_datetime_with_a_zone_takes_the_zones_offset_at_that_instant()
    {
        // Winter: Luxembourg is one hour ahead of UTC.
        var decoded = Decode(new PackStreamStructure((byte)'i', [1609491600L, 5L, "Europe/Luxembourg"]));
        decoded.Should().Be(new CypherDateTime(new DateOnly(2021, 1, 1), 10L * 3600 * 1_000_000_000 + 5, 3600, "Europe/Luxembourg"));
        Encode(decoded).Fields.Should().Equal(1609491600L, 5L, "Europe/Luxembourg");
    }

    [Fact]
    public void Dates_before_the_epoch_and_local_datetimes_round_trip()
    {
        var date = new CypherDate(new DateOnly(1969, 12, 31));
        Encode(date).Fields.Should().Equal(-1L);
        Decode(Encode(date)).Should().Be(date);
        var local = new CypherLocalDateTime(new DateOnly(1960, 3, 4), 123_456_789);
        Decode(Encode(local)).Should().Be(local);
    }

    [Theory]
    [InlineData(-365_243_219_162L)] // -999999999-01-01, Neo4j's first day
    [InlineData(-719_529L)]         // -0001-12-31
    [InlineData(2_932_897L)]        // +10000-01-01
    [InlineData(365_241_780_471L)]  // +999999999-12-31, Neo4j's last day
    public void Dates_over_neo4js_whole_range_travel_as_their_epoch_day(long epochDay)
    {
        var date = new CypherDate(new CivilDate(epochDay));
        Encode(date).Fields.Should().Equal(epochDay);
        Decode(Encode(date)).Should().Be(date);
        var local = new CypherLocalDateTime(date.Date, 86_399_999_999_999);
        Decode(Encode(local)).Should().Be(local);
        var zoned = new CypherDateTime(date.Date, 0, -3600, null);
        Decode(Encode(zoned)).Should().Be(zoned);
    }

    [Fact]
    public void A_date_beyond_neo4js_range_is_an_invalid_parameter()
    {
        var act = () => Decode(new PackStreamStructure((byte)'D', [365_241_780_472L]));
        act.Should().Throw<CypherException>().WithMessage("*Parameter $p holds an invalid Date*-999999999 to +999999999*");
    }

    [Fact]
    public void A_duration_with_negative_nanoseconds_keeps_the_sign_in_its_seconds()
    {
        Decode(new PackStreamStructure((byte)'E', [1L, 2L, 3L, -1L])).Should().Be(new CypherDuration(1, 2, 2, 999_999_999));
    }

    [Fact]
    public void Points_are_two_or_three_dimensional()
    {
        Decode(Encode(new CypherPoint(7203, 1.5, 2.5))).Should().Be(new CypherPoint(7203, 1.5, 2.5));
        Encode(new CypherPoint(4979, 1, 2, 3)).Tag.Should().Be((byte)'Y');
    }

    [Theory]
    [InlineData((byte)'N', "node, relationship or path")]
    [InlineData((byte)'Z', "unknown tag 0x5A")]
    public void Parameters_the_database_cannot_take_fail_as_type_errors(byte tag, string reason)
    {
        var act = () => Decode(new PackStreamStructure(tag, []));
        act.Should().Throw<CypherException>().Where(e => e.Kind == CypherErrorKind.TypeError).WithMessage($"Parameter $p is*{reason}*");
    }

    [Fact]
    public void An_unknown_time_zone_is_named()
    {
        var act = () => Decode(new PackStreamStructure((byte)'i', [0L, 0L, "Mars/Olympus"]));
        act.Should().Throw<CypherException>().WithMessage("*Parameter $p holds an invalid DateTime*Mars/Olympus*");
    }

    private static PackStreamStructure Encode(object? value)
    {
        var writer = new PackStreamWriter();
        BoltValueEncoder.Write(writer, value);
        var reader = new PackStreamReader(writer.WrittenMemory.Span);
        return (PackStreamStructure)reader.ReadValue()!;
    }

    private static object? Decode(PackStreamStructure structure) =>
        BoltValueDecoder.DecodeParameters(new Dictionary<string, object?> { ["p"] = structure })["p"];
}
