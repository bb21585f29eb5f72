using System.Text;
using System.Text.Json;
using GraphExplorer.Database.Values;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j.Tests.Json;

/// <summary>Every row of the type mapping table of the Query API's typed JSON documentation.</summary>
public sealed class TypedJsonReaderTests
{
    private static object? Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var value = TypedJsonReader.ReadValue(ref reader);
        reader.TokenType.Should().Be(JsonTokenType.EndObject, "the reader is left on the value's last token");
        return value;
    }

    [Fact]
    public void Reads_scalars_as_their_clr_types()
    {
        Read("""{"$type": "Null", "_value": null}""").Should().BeNull();
        Read("""{"$type": "Boolean", "_value": true}""").Should().Be(true);
        Read("""{"$type": "Integer", "_value": "123"}""").Should().Be(123L);
        Read("""{"$type": "Float", "_value": "4.56"}""").Should().Be(4.56);
        Read("""{"$type": "Float", "_value": "3.2E9"}""").Should().Be(3.2e9);
        Read("""{"$type": "Float", "_value": "2.0E-7"}""").Should().Be(2.0e-7);
        Read("""{"$type": "String", "_value": "Hello World"}""").Should().Be("Hello World");
    }

    [Fact]
    public void Keeps_all_64_bits_of_integers()
    {
        Read("""{"$type": "Integer", "_value": "9223372036854775807"}""").Should().Be(long.MaxValue);
        Read("""{"$type": "Integer", "_value": "-9223372036854775808"}""").Should().Be(long.MinValue);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Nan")]
    public void Reads_not_a_number(string text) =>
        ((double)Read($$"""{"$type": "Float", "_value": "{{text}}"}""")!).Should().Be(double.NaN);

    [Fact]
    public void Reads_infinities()
    {
        Read("""{"$type": "Float", "_value": "Infinity"}""").Should().Be(double.PositiveInfinity);
        Read("""{"$type": "Float", "_value": "-Infinity"}""").Should().Be(double.NegativeInfinity);
    }

    [Fact]
    public void Reads_byte_arrays() =>
        Read("""{"$type": "Base64", "_value": "A2+/"}""").Should().BeEquivalentTo(new byte[] { 0x03, 0x6f, 0xbf });

    [Fact]
    public void Reads_lists_and_maps_of_typed_values()
    {
        Read("""{"$type": "List", "_value": [{"$type": "String", "_value": "A"}, {"$type": "Integer", "_value": "2"}]}""")
            .Should().BeEquivalentTo(new List<object?> { "A", 2L }, o => o.WithStrictOrdering());
        var map = Read("""{"$type": "Map", "_value": {"fieldA": {"$type": "String", "_value": "A"}, "fieldB": {"$type": "String", "_value": "B"}}}""");
        map.Should().BeAssignableTo<IReadOnlyDictionary<string, object?>>()
            .Which.Should().BeEquivalentTo(new Dictionary<string, object?> { ["fieldA"] = "A", ["fieldB"] = "B" });
    }

    [Fact]
    public void Reads_temporals_as_cypher_records()
    {
        Read("""{"$type": "Date", "_value": "2015-03-26"}""").Should().Be(new CypherDate(new DateOnly(2015, 3, 26)));
        Read("""{"$type": "Time", "_value": "12:50:35.556+01:00"}""").Should().BeOfType<CypherTime>().Which.OffsetSeconds.Should().Be(3600);
        Read("""{"$type": "LocalTime", "_value": "12:50:35.556"}""").Should().BeOfType<CypherLocalTime>();
        Read("""{"$type": "ZonedDateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]"}""")
            .Should().BeOfType<CypherDateTime>().Which.ZoneId.Should().Be("Antarctica/Troll");
        Read("""{"$type": "OffsetDateTime", "_value": "2015-11-21T21:40:32.142Z"}""")
            .Should().BeOfType<CypherDateTime>().Which.ZoneId.Should().BeNull();
        Read("""{"$type": "LocalDateTime", "_value": "2015-07-04T19:32:24"}""").Should().BeOfType<CypherLocalDateTime>();
        Read("""{"$type": "Duration", "_value": "P14DT16H12M"}""").Should().Be(new CypherDuration(0, 14, 58320, 0));
    }

    [Fact]
    public void Reads_points_from_their_wkt_text()
    {
        Read("""{"$type": "Point", "_value": "SRID=7203;POINT (1.2 3.4)"}""").Should().Be(new CypherPoint(7203, 1.2, 3.4));
        Read("""{"$type": "Point", "_value": "SRID=4979;POINT Z (12.99 55.61 10.5)"}""").Should().Be(new CypherPoint(4979, 12.99, 55.61, 10.5));
        FluentActions.Invoking(() => Read("""{"$type": "Point", "_value": "POINT (1 2)"}""")).Should().Throw<JsonException>().WithMessage("*POINT (1 2)*");
    }

    [Fact]
    public void Reads_nodes_with_element_id_labels_and_typed_properties()
    {
        var node = Read("""
            {"$type": "Node", "_value": {"_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "_labels": ["Person"],
             "_properties": {"name": {"$type": "String", "_value": "Phil"}, "age": {"$type": "Integer", "_value": "42"}}}}
            """).Should().BeOfType<CypherNode>().Subject;
        node.ElementId.Should().Be("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2");
        node.Labels.Should().Equal("Person");
        node.Properties.Should().BeEquivalentTo(new Dictionary<string, object?> { ["name"] = "Phil", ["age"] = 42L });
    }

    [Fact]
    public void Reads_relationships_with_their_ends()
    {
        var relationship = Read("""
            {"$type": "Relationship", "_value": {"_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
             "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
             "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "_type": "LIKES",
             "_properties": {"since": {"$type": "String", "_value": "forever!"}}}}
            """).Should().BeOfType<CypherRelationship>().Subject;
        relationship.Type.Should().Be("LIKES");
        relationship.StartElementId.Should().Be("4:ff04df25-ff2b-4b55-98f8-6888297b025e:0");
        relationship.EndElementId.Should().Be("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2");
        relationship.Properties["since"].Should().Be("forever!");
    }

    [Fact]
    public void Reads_paths_alternating_nodes_and_relationships()
    {
        var path = Read("""
            {"$type": "Path", "_value": [
              {"$type": "Node", "_value": {"_element_id": "4:x:0", "_labels": ["Person"], "_properties": {"name": {"$type": "String", "_value": "Alice"}}}},
              {"$type": "Relationship", "_value": {"_element_id": "5:x:2", "_start_node_element_id": "4:x:0", "_end_node_element_id": "4:x:2", "_type": "LIKES", "_properties": {}}},
              {"$type": "Node", "_value": {"_element_id": "4:x:2", "_labels": ["Person"], "_properties": {"name": {"$type": "String", "_value": "Phil"}}}}
            ]}
            """).Should().BeOfType<CypherPath>().Subject;
        path.Length.Should().Be(1);
        path.Start.ElementId.Should().Be("4:x:0");
        path.End.Properties["name"].Should().Be("Phil");
        path.Relationships[0].Type.Should().Be("LIKES");
    }

    [Fact]
    public void Reads_vectors_as_lists_of_numbers()
    {
        Read("""{"$type": "Vector", "_value": {"coordinatesType": "INT8", "coordinates": ["1", "-5", "10"]}}""")
            .Should().BeEquivalentTo(new List<object?> { 1L, -5L, 10L });
        Read("""{"$type": "Vector", "_value": {"coordinatesType": "FLOAT64", "coordinates": ["1.5", "-0.25"]}}""")
            .Should().BeEquivalentTo(new List<object?> { 1.5, -0.25 });
    }

    [Fact]
    public void Reads_a_value_placed_before_its_type() =>
        Read("""{"_value": "7", "$type": "Integer"}""").Should().Be(7L);

    [Fact]
    public void Rejects_unsupported_values_with_the_server_text() =>
        FluentActions.Invoking(() => Read("""{"$type": "Unsupported", "_value": "Type TheUnsupportedType is not supported."}"""))
            .Should().Throw<JsonException>().WithMessage("*TheUnsupportedType*");

    [Fact]
    public void Rejects_unknown_types_by_name() =>
        FluentActions.Invoking(() => Read("""{"$type": "Quaternion", "_value": "1i"}"""))
            .Should().Throw<JsonException>().WithMessage("*Quaternion*");

    [Fact]
    public void Rejects_integers_that_are_not_64_bit() =>
        FluentActions.Invoking(() => Read("""{"$type": "Integer", "_value": "9223372036854775808"}"""))
            .Should().Throw<JsonException>().WithMessage("*64-bit*");

    [Fact]
    public void Rejects_temporals_it_cannot_parse_quoting_them() =>
        FluentActions.Invoking(() => Read("""{"$type": "Date", "_value": "+1000000000-12-31"}"""))
            .Should().Throw<JsonException>().WithMessage("*+1000000000-12-31*");
}
