using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary>
/// <c>import-bulk</c> as an administrator runs it: neo4j-admin's CSV format into a new folder, a report line with the
/// counts, bad entries printed as <c>file:line:field</c> with nothing written, and a database the other commands open.
/// </summary>
[Collection(CommandRunner.Collection)]
public sealed class ImportBulkCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-import-bulk-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Database => Path.Combine(folder, "db");

    [Fact]
    public async Task Csv_files_become_a_database_that_check_opens()
    {
        var nodes = Write("orgs.csv", "id:ID,name,:LABEL\nu1,Uni One,University\nu2,Uni Two,\n");
        var partners = Write("partners.csv", ":START_ID,:END_ID,since:int\nu1,u2,2019\n");

        var (exit, output, _) = await CommandRunner.RunAsync(ImportBulkCommand.Create(Configuration()),
            "import-bulk", $"--nodes=Organization={nodes}", $"--relationships=PARTNER={partners}");

        exit.Should().Be(0);
        output.Should().Contain("Imported 2 nodes, 1 relationships and 5 properties");
        var check = await CommandRunner.RunAsync(CheckCommand.Create(Configuration()), "check");
        check.Exit.Should().Be(0);
        check.Output.Should().Contain("No damage found").And.Contain("2 nodes");
    }

    [Fact]
    public async Task A_dangling_relationship_is_printed_with_its_place_and_nothing_is_written()
    {
        var nodes = Write("orgs.csv", "id:ID\nu1\n");
        var partners = Write("partners.csv", ":START_ID,:END_ID\nu1,u9\n");

        var (exit, _, errors) = await CommandRunner.RunAsync(ImportBulkCommand.Create(Configuration()),
            "import-bulk", $"--nodes=Organization={nodes}", $"--relationships=PARTNER={partners}");

        exit.Should().Be(1);
        errors.Should().Contain($"{partners}:2:2: end node 'u9' does not exist").And.Contain("nothing was imported");
        Directory.Exists(Database).Should().BeFalse();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string[] Configuration() => ["--Database:Backend=embedded", $"--Database:Path={Database}"];
}
