using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

[Collection(CommandRunner.Collection)]
public sealed class LoadCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-loadcmd-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_setting_given_on_the_command_line_configures_load_and_is_not_taken_for_a_script()
    {
        var script = Path.Combine(folder, "001_a.cypher");
        await File.WriteAllTextAsync(script, "CREATE (:A);");
        var setting = $"--Database:Path={Path.Combine(folder, "db")}";

        var (exit, output, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, setting);

        exit.Should().Be(0, errors);
        output.Should().Contain("001_a.cypher: applied");
        Directory.Exists(Path.Combine(folder, "db")).Should().BeTrue("the database went where the setting said");
    }

    [Fact]
    public async Task A_setting_after_an_absolute_script_path_still_configures_load()
    {
        var script = Path.Combine(folder, "001_a.cypher");
        await File.WriteAllTextAsync(script, "CREATE (:A);");
        var setting = $"--Database:Path={Path.Combine(folder, "db")}";
        string[] commandLine = ["load", script, setting];

        // As Program passes them: the whole command line is the configuration's arguments too.
        var (exit, output, errors) = await CommandRunner.RunAsync(LoadCommand.Create(commandLine), commandLine);

        exit.Should().Be(0, errors);
        output.Should().Contain("001_a.cypher: applied");
        Directory.Exists(Path.Combine(folder, "db")).Should().BeTrue("the path was not taken for a /switch swallowing the setting");
    }

    [Fact]
    public async Task A_statement_with_call_in_transactions_is_noted_in_the_printed_report()
    {
        var script = Path.Combine(folder, "001_batches.cypher");
        await File.WriteAllTextAsync(script, "UNWIND range(1, 3) AS i CALL (i) { MERGE (:N {i: i}) } IN TRANSACTIONS OF 2 ROWS;");
        var setting = $"--Database:Path={Path.Combine(folder, "db")}";

        var (exit, output, errors) = await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, setting);

        exit.Should().Be(0, errors);
        output.Should().Contain("001_batches.cypher: applied")
            .And.Contain("  note: statement 1 (line 1) ran on its own with CALL { … } IN TRANSACTIONS");
    }
}
