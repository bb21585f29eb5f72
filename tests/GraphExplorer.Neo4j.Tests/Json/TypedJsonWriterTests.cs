using System.Text;
using System.Text.Json;
using GraphExplorer.Database.Values;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j.Tests.Json;

public sealed class TypedJsonWriterTests
{
    private static JsonElement Write(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            TypedJsonWriter.WriteValue(writer, value, "p", depth: 0);
        }

        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static void ShouldBeTyped(JsonElement element, string type, string value)
    {
        element.GetProperty("$type").GetString().Should().Be(type);
        element.GetProperty("_value").GetString().Should().Be(value);
    }

    [Fact]
    public void Writes_integers_as_strings_so_64_bits_survive()
    {
        ShouldBeTyped(Write(long.MaxValue), "Integer", "9223372036854775807");
        ShouldBeTyped(Write(42), "Integer", "42");
        ShouldBeTyped(Write((short)-7), "Integer", "-7");
    }

    [Fact]
    public void Writes_floats_as_round_trip_strings()
    {
        ShouldBeTyped(Write(0.1), "Float", "0.1");
        ShouldBeTyped(Write(double.NaN), "Float", "NaN");
        ShouldBeTyped(Write(double.NegativeInfinity), "Float", "-Infinity");
        double.Parse(Write(1e300).GetProperty("_value").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Should().Be(1e300);
    }

    [Fact]
    public void Writes_null_booleans_and_strings()
    {
        var nullValue = Write(null);
        nullValue.GetProperty("$type").GetString().Should().Be("Null");
        nullValue.GetProperty("_value").ValueKind.Should().Be(JsonValueKind.Null);
        Write(true).GetProperty("_value").GetBoolean().Should().BeTrue();
        ShouldBeTyped(Write("Phil"), "String", "Phil");
    }

    [Fact]
    public void Writes_byte_arrays_as_base64() => ShouldBeTyped(Write(new byte[] { 0x03, 0x6f, 0xbf }), "Base64", "A2+/");

    [Fact]
    public void Writes_temporals_with_their_exact_types()
    {
        ShouldBeTyped(Write(new CypherDate(new DateOnly(2015, 3, 26))), "Date", "2015-03-26");
        ShouldBeTyped(Write(new DateOnly(2015, 3, 26)), "Date", "2015-03-26");
        ShouldBeTyped(Write(new CypherLocalTime(1)), "LocalTime", "00:00:00.000000001");
        ShouldBeTyped(Write(new CypherTime(0, 3600)), "Time", "00:00:00+01:00");
        ShouldBeTyped(Write(new CypherLocalDateTime(new DateOnly(2015, 7, 4), 0)), "LocalDateTime", "2015-07-04T00:00:00");
        ShouldBeTyped(Write(new CypherDateTime(new DateOnly(2015, 11, 21), 0, 0, null)), "OffsetDateTime", "2015-11-21T00:00:00Z");
        ShouldBeTyped(Write(new CypherDateTime(new DateOnly(2015, 11, 21), 0, 0, "Antarctica/Troll")), "ZonedDateTime", "2015-11-21T00:00:00Z[Antarctica/Troll]");
        ShouldBeTyped(Write(new CypherDuration(0, 14, 58320, 0)), "Duration", "P14DT58320S");
        ShouldBeTyped(Write(new CypherPoint(4326, 12.994823, 55.612191)), "Point", "SRID=4326;POINT (12.994823 55.612191)");
        ShouldBeTyped(Write(new CypherPoint(9157, 1, 2.5, -3)), "Point", "SRID=9157;POINT Z (1 2.5 -3)");
        ShouldBeTyped(Write(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1))), "OffsetDateTime", "2024-01-01T21:40:32-01:00");
        ShouldBeTyped(Write(new DateTime(2024, 1, 1, 21, 40, 32, DateTimeKind.Unspecified)), "LocalDateTime", "2024-01-01T21:40:32");
    }

    [Fact]
    public void Writes_lists_and_maps_recursively()
    {
        var element = Write(new Dictionary<string, object?> { ["tags"] = new[] { "a", "b" }, ["n"] = 1 });
        element.GetProperty("$type").GetString().Should().Be("Map");
        var tags = element.GetProperty("_value").GetProperty("tags");
        tags.GetProperty("$type").GetString().Should().Be("List");
        tags.GetProperty("_value")[1].GetProperty("_value").GetString().Should().Be("b");
        ShouldBeTyped(element.GetProperty("_value").GetProperty("n"), "Integer", "1");
    }

    [Fact]
    public void Rejects_graph_entities_naming_the_parameter() =>
        FluentActions.Invoking(() => Write(new List<object?> { new CypherNode("4:x:1", [], new Dictionary<string, object?>()) }))
            .Should().Throw<ArgumentException>().WithMessage("*$p[0]*Node*element id*");

    [Fact]
    public void Rejects_values_without_a_cypher_equivalent_naming_the_path() =>
        FluentActions.Invoking(() => Write(new Dictionary<string, object?> { ["when"] = new Uri("http://x") }))
            .Should().Throw<ArgumentException>().WithMessage("*$p.when*System.Uri*");

    [Fact]
    public void Reads_back_what_it_writes()
    {
        var value = new Dictionary<string, object?>
        {
            ["i"] = long.MinValue,
            ["f"] = 2.5,
            ["s"] = "x",
            ["l"] = new List<object?> { true, null },
            ["d"] = new CypherDuration(1, 2, -3, 4),
            ["t"] = new CypherDateTime(new DateOnly(2020, 2, 29), 123, -36000, "Pacific/Honolulu"),
        };
        var bytes = Encoding.UTF8.GetBytes(Write(value).GetRawText());
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        TypedJsonReader.ReadValue(ref reader).Should().BeEquivalentTo(value);
    }
}
