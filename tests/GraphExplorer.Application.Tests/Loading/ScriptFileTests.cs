using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Application.Loading;
using GraphExplorer.Cypher;
using GraphExplorer.Database;

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

    [Fact]
    public void Scripts_in_subfolders_are_named_by_their_path_from_the_load_root_in_that_order()
    {
        Write("100_luxembourg.cypher", "CREATE (:A);"u8.ToArray());
        Write("2025/100_luxembourg.cypher", "CREATE (:B);"u8.ToArray());
        Write("2025/050_wallonie.cypher", "CREATE (:C);"u8.ToArray());
        Write("2025/notes.txt", "not a script"u8.ToArray());

        var scripts = ScriptFile.Collect([folder], root: folder);

        scripts.Select(s => s.Name).Should().Equal("100_luxembourg.cypher", "2025/050_wallonie.cypher", "2025/100_luxembourg.cypher");
    }

    [Fact]
    public async Task Two_scripts_of_one_file_name_in_different_folders_are_both_applied()
    {
        Write("2024/100_mission.cypher", "CREATE (:Mission {year: 2024});"u8.ToArray());
        Write("2025/100_mission.cypher", "CREATE (:Mission {year: 2025});"u8.ToArray());
        await using var database = EmbeddedGraphDatabase.CreateInMemory();

        var reports = await new ScriptLoader(database).LoadAsync(ScriptFile.Collect([folder], root: folder), new LoadOptions("test", Strict: false));

        reports.Select(r => r.Outcome).Should().Equal(ScriptOutcome.Applied, ScriptOutcome.Applied);
        await using var session = database.OpenSession();
        (await session.RunAsync("MATCH (m:Mission) RETURN m.year AS year ORDER BY year")).Select(r => r.Get<long>("year")).Should().Equal(2024L, 2025L);
    }

    [Fact]
    public void A_script_loaded_alone_or_with_its_folder_has_the_same_name()
    {
        var path = Write("2025/100_luxembourg.cypher", "CREATE (:A);"u8.ToArray());

        ScriptFile.Collect([path], root: folder).Single().Name.Should().Be("2025/100_luxembourg.cypher");
        ScriptFile.Collect([Path.GetDirectoryName(path)!], root: folder).Single().Name.Should().Be("2025/100_luxembourg.cypher");
    }

    [Fact]
    public void A_script_outside_the_load_root_is_named_from_the_folder_given_or_by_its_file_name()
    {
        var root = Path.Combine(folder, "cypher");
        Directory.CreateDirectory(root);
        var path = Write("elsewhere/sub/001.cypher", "CREATE (:A);"u8.ToArray());

        ScriptFile.Collect([path], root).Single().Name.Should().Be("001.cypher");
        ScriptFile.Collect([Path.Combine(folder, "elsewhere")], root).Single().Name.Should().Be("sub/001.cypher");
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
