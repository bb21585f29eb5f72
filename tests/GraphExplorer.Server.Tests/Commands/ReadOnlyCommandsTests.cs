using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary>
/// The commands that only read never modify the database folder (issue #11: dump truncated the journal), and damage is
/// reported by each of them and by <c>check</c>.
/// </summary>
[Collection(CommandRunner.Collection)]
public sealed class ReadOnlyCommandsTests : IDisposable
{
    private readonly DamagedDatabaseFolder folder = new(commits: 3);
    private readonly string dumpFile = Path.Combine(Path.GetTempPath(), "graphexplorer-dump-" + Guid.NewGuid().ToString("N") + ".cypher");

    public void Dispose()
    {
        folder.Dispose();
        File.Delete(dumpFile);
    }

    [Fact]
    public async Task Dump_of_a_database_with_a_torn_tail_reports_it_and_leaves_every_byte_of_the_folder()
    {
        folder.TearLastRecord();
        var before = folder.Contents();

        var (exit, _, errors) = await CommandRunner.RunAsync(DumpCommand.Create(Configuration()), "dump", "--out", dumpFile);

        exit.Should().Be(0);
        folder.Contents().Should().Equal(before);
        errors.Should().Contain("warning:").And.Contain("left in place");
        (await File.ReadAllTextAsync(dumpFile)).Should().Contain("2 nodes");
    }

    [Fact]
    public async Task Validate_and_lineage_leave_every_byte_of_the_folder()
    {
        var before = folder.Contents();

        (await CommandRunner.RunAsync(ValidateCommand.Create(Configuration()), "validate")).Exit.Should().Be(0);
        (await CommandRunner.RunAsync(LineageCommand.Create(Configuration()), "lineage")).Exit.Should().Be(0);

        folder.Contents().Should().Equal(before);
    }

    [Fact]
    public async Task Check_reports_a_journal_cut_at_a_record_boundary_and_fails()
    {
        folder.CutAfter(1);

        var (exit, output, errors) = await CommandRunner.RunAsync(CheckCommand.Create(Configuration()), "check");

        exit.Should().Be(1);
        errors.Should().Contain("ends at transaction 1 but transaction 3 was committed");
        output.Should().Contain("1 warning(s)").And.Contain("1 nodes");
    }

    [Fact]
    public async Task Check_of_a_whole_database_finds_no_damage()
    {
        var (exit, output, _) = await CommandRunner.RunAsync(CheckCommand.Create(Configuration()), "check");

        exit.Should().Be(0);
        output.Should().Contain("No damage found").And.Contain("3 nodes");
    }

    private string[] Configuration() => [$"--Database:Backend=embedded", $"--Database:Path={folder.Path}"];
}
