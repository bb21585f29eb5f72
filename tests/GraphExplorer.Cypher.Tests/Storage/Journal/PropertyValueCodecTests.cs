using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

public sealed class PropertyValueCodecTests
{
    public static TheoryData<string, object?> Values() => SampleMutations.Values();

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_storable_value_round_trips_exactly(string name, object? value)
    {
        var decoded = RoundTrip(value);

        MutationText.Value(decoded).Should().Be(MutationText.Value(value), name);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Skipping_a_value_lands_on_the_next_one(string name, object? value)
    {
        var writer = new PayloadWriter();
        PropertyValueCodec.Write(writer, value);
        PropertyValueCodec.Write(writer, "after");
        var reader = new PayloadReader(writer.WrittenSpan);

        PropertyValueCodec.Skip(ref reader);

        PropertyValueCodec.Read(ref reader).Should().Be("after", name);
        reader.AtEnd.Should().BeTrue(name);
    }

    [Fact]
    public void Lists_read_back_as_lists_of_objects()
    {
        RoundTrip(new object?[] { 1L, new[] { "a" } }).Should().BeOfType<List<object?>>()
            .Which[1].Should().BeOfType<List<object?>>();
    }

    [Theory]
    [InlineData(0L, 2)]
    [InlineData(-1L, 2)]
    [InlineData(63L, 2)]
    [InlineData(64L, 3)]
    [InlineData(long.MaxValue, 11)]
    [InlineData(long.MinValue, 11)]
    public void Integers_are_zigzag_varints_so_small_magnitudes_stay_short(long value, int encodedLength)
    {
        var writer = new PayloadWriter();
        PropertyValueCodec.Write(writer, value);
        writer.Length.Should().Be(encodedLength);
    }

    [Fact]
    public void Well_formed_strings_are_stored_as_UTF8()
    {
        var writer = new PayloadWriter();
        PropertyValueCodec.Write(writer, "é");
        writer.WrittenSpan.ToArray().Should().Equal(5, 2 << 1, 0xC3, 0xA9);
    }

    public static TheoryData<object> Unstorable() => new()
    {
        42,
        1.5f,
        1.5m,
        'c',
        new Dictionary<string, object?> { ["a"] = 1L },
        new object(),
        new List<object?> { 1L, new Dictionary<string, object?>() },
    };

    [Theory]
    [MemberData(nameof(Unstorable))]
    public void Values_outside_the_contract_are_refused_naming_their_type(object value)
    {
        var act = () => PropertyValueCodec.Write(new PayloadWriter(), value);

        act.Should().Throw<ArgumentException>().WithMessage("*cannot be stored*");
    }

    [Fact]
    public void Lists_nested_too_deep_are_refused()
    {
        object? value = 1L;
        for (var i = 0; i <= PropertyValueCodec.MaxListDepth; i++)
        {
            value = new List<object?> { value };
        }

        var act = () => PropertyValueCodec.Write(new PayloadWriter(), value);
        act.Should().Throw<ArgumentException>().WithMessage("*nested deeper*");
    }

    [Theory]
    [InlineData(new byte[] { }, "*payload ends*")]
    [InlineData(new byte[] { 99 }, "*unknown value tag 99*")]
    [InlineData(new byte[] { 3, 0x80 }, "*payload ends*")]
    [InlineData(new byte[] { 3, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F }, "*longer than 64 bits*")]
    [InlineData(new byte[] { 4, 1, 2, 3 }, "*payload ends*")]
    [InlineData(new byte[] { 5, 10, (byte)'a' }, "*exceeds*")]
    [InlineData(new byte[] { 5, 2, 0xFF }, "*not valid UTF-8*")]
    [InlineData(new byte[] { 5, 3, 0x41 }, "*odd byte count*")]
    [InlineData(new byte[] { 6, 50, 0 }, "*count 50 exceeds*")]
    [InlineData(new byte[] { 7, 0x80, 0xC0, 0xA8, 0xCA, 0x9A, 0x3A }, "*outside the years -999999999 to +999999999*")]
    [InlineData(new byte[] { 11, 0, 0, 0, 2 }, "*invalid boolean*")]
    public void Malformed_values_fail_with_the_payload_offset(byte[] payload, string message)
    {
        var act = () =>
        {
            var reader = new PayloadReader(payload);
            return PropertyValueCodec.Read(ref reader);
        };

        act.Should().Throw<PayloadFormatException>().WithMessage(message + "payload offset*");
    }

    private static object? RoundTrip(object? value)
    {
        var writer = new PayloadWriter();
        PropertyValueCodec.Write(writer, value);
        var reader = new PayloadReader(writer.WrittenSpan);
        var decoded = PropertyValueCodec.Read(ref reader);
        reader.AtEnd.Should().BeTrue();
        return decoded;
    }
}
