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
}
