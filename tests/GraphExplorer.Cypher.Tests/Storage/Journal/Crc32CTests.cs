using System.Text;
using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

public sealed class Crc32CTests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xC1D04330u)]
    [InlineData("123456789", 0xE3069283u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x22620404u)]
    public void Computes_the_standard_check_values(string text, uint expected)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        Crc32C.Compute(bytes).Should().Be(expected);
        Crc32C.ComputeWithTable(bytes).Should().Be(expected);
    }

    [Fact]
    public void Thirty_two_zero_bytes_give_the_RFC_3720_value() =>
        Crc32C.Compute(new byte[32]).Should().Be(0x8A9136AAu);

    [Fact]
    public void Accelerated_and_table_paths_agree_on_every_length_and_alignment()
    {
        var random = new Random(42);
        var data = new byte[300];
        random.NextBytes(data);
        for (var start = 0; start < 9; start++)
        {
            for (var length = 0; length + start <= data.Length; length += 7)
            {
                var span = data.AsSpan(start, length);
                Crc32C.Compute(span).Should().Be(Crc32C.ComputeWithTable(span));
            }
        }
    }
}
