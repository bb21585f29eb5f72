using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Application.Loading;

namespace GraphExplorer.Application.Tests.Loading;

public sealed class ScriptFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("scriptfile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("CREATE (:A);\r\nCREATE (:B);\r\n")]
    [InlineData("CREATE (:A);\nCREATE (:B);\n")]
    [InlineData("RETURN 'é ü 中 😀';\r")]
    public void The_checksum_of_a_file_is_that_of_its_text_with_line_endings_made_newlines(string text)
    {
        var path = Write("001.cypher", Encoding.UTF8.GetBytes(text));

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal))));
        ScriptFile.Read(path).Checksum.Should().Be(expected);
        ScriptFile.FromText("001.cypher", path, text).Checksum.Should().Be(expected);
    }

    [Fact]
    public void A_carriage_return_and_newline_split_across_read_buffers_is_one_line_ending()
    {
        var text = new string('x', (1 << 16) - 1) + "\r\n" + new string('y', 10);
        var path = Write("001.cypher", Encoding.UTF8.GetBytes(text));

        ScriptFile.Read(path).Checksum.Should().Be(ScriptFile.FromText("001.cypher", path, text).Checksum);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var path = Write("001.cypher", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("CREATE (:A);")]);

        ScriptFile.Read(path).Checksum.Should().Be(ScriptFile.FromText("x", "x", "CREATE (:A);").Checksum);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused_with_the_offset_of_the_first_bad_byte()
    {
        var latin1 = Encoding.Latin1.GetBytes("CREATE (:Place {name: 'Zürich'});");
        var path = Write("001.cypher", latin1);

        var refusal = FluentActions.Invoking(() => ScriptFile.Collect([path])).Should().Throw<InvalidDataException>().Which;
        refusal.Message.Should().Contain(path).And.Contain("not UTF-8").And.Contain($"offset {Array.IndexOf(latin1, (byte)0xFC)}");
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
