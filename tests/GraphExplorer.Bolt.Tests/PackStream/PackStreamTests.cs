using GraphExplorer.Bolt.PackStream;

namespace GraphExplorer.Bolt.Tests.PackStream;

/// <summary>PackStream as specified at https://neo4j.com/docs/bolt/current/packstream/: the smallest form of each value,
/// big-endian sizes, and refusal of malformed bytes.</summary>
public sealed class PackStreamTests
{
    [Theory]
    [InlineData(0L, "00")]
    [InlineData(127L, "7F")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8EF")]
    [InlineData(-128L, "C880")]
    [InlineData(128L, "C90080")]
    [InlineData(-32768L, "C98000")]
    [InlineData(32768L, "CA00008000")]
    [InlineData(2147483648L, "CB0000000080000000")]
    [InlineData(long.MinValue, "CB8000000000000000")]
    public void Integers_take_the_smallest_form(long value, string hex)
    {
        Write(value).Should().Be(hex);
        Read(hex).Should().Be(value);
    }

    [Fact]
    public void Floats_are_eight_byte_big_endian_doubles()
    {
        Write(1.1).Should().Be("C13FF199999999999A");
        Read("C13FF199999999999A").Should().Be(1.1);
    }

    [Theory]
    [InlineData(0, "80")]
    [InlineData(15, "8F")]
    [InlineData(255, "D0FF")]
    [InlineData(256, "D10100")]
    [InlineData(65536, "D200010000")]
    public void String_headers_follow_the_byte_length(int length, string header)
    {
        var text = new string('a', length);
        Write(text).Should().StartWith(header);
        Read(Write(text)).Should().Be(text);
    }

    [Fact]
    public void Strings_are_utf8_and_sized_in_bytes()
    {
        Write("東").Should().Be("83E69DB1");
        Read("83E69DB1").Should().Be("東");
    }

    [Fact]
    public void Lists_maps_and_structures_nest()
    {
        var value = new Dictionary<string, object?>
        {
            ["list"] = new List<object?> { 1L, "two", null, true },
            ["struct"] = new PackStreamStructure(0x44, [19000L]),
        };

        var back = Read(Write(value)).Should().BeOfType<Dictionary<string, object?>>().Subject;
        back["list"].Should().BeEquivalentTo(new List<object?> { 1L, "two", null, true });
        var structure = back["struct"].Should().BeOfType<PackStreamStructure>().Subject;
        structure.Tag.Should().Be(0x44);
        structure.Fields.Should().Equal(19000L);
    }

    [Fact]
    public void Sixteen_entries_leave_the_tiny_form()
    {
        var list = Enumerable.Range(0, 16).Select(i => (object?)(long)i).ToList();
        Write(list).Should().StartWith("D410");
        var map = Enumerable.Range(0, 16).ToDictionary(i => $"k{i}", i => (object?)(long)i);
        Write(map).Should().StartWith("D810");
    }

    [Fact]
    public void Byte_arrays_have_their_own_markers()
    {
        Write(new byte[] { 1, 2, 3 }).Should().Be("CC03010203");
        Read("CC03010203").Should().BeEquivalentTo(new byte[] { 1, 2, 3 });
    }

    [Theory]
    [InlineData("D005616263", "ends early")]
    [InlineData("A1016162", "not a string")]
    [InlineData("C7", "Unknown PackStream marker 0xC7")]
    [InlineData("D600FFFF00", "claims more elements")]
    public void Malformed_bytes_are_refused_with_the_reason(string hex, string reason)
    {
        var act = () => Read(hex);
        act.Should().Throw<PackStreamException>().WithMessage($"*{reason}*");
    }

    [Fact]
    public void Nesting_past_the_limit_is_refused()
    {
        var hex = string.Concat(Enumerable.Repeat("91", PackStreamReader.MaxDepth + 2)) + "C0";
        var act = () => Read(hex);
        act.Should().Throw<PackStreamException>().WithMessage("*nest deeper*");
    }

    private static string Write(object? value)
    {
        var writer = new PackStreamWriter();
        writer.WriteValue(value);
        return Convert.ToHexString(writer.WrittenMemory.Span);
    }

    private static object? Read(string hex)
    {
        var reader = new PackStreamReader(Convert.FromHexString(hex));
        return reader.ReadValue();
    }
}
