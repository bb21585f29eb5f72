using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary>A steward's script reads a CSV file with <c>LOAD CSV</c> from the configured import folder, and only from it.</summary>
[Collection(CommandRunner.Collection)]
public sealed class LoadCsvCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-loadcsv-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_script_loads_rows_from_the_import_folder_and_a_query_is_refused_a_file_outside_it()
    {
        var import = Directory.CreateDirectory(Path.Combine(folder, "import")).FullName;
        await File.WriteAllTextAsync(Path.Combine(import, "partners.csv"), "key,name\norg:acme,Acme Anvils\norg:jaxa,\"JAXA, Japan\"\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "secret.csv"), "key\nhidden\n");
        string[] settings = [$"--Database:Path={Path.Combine(folder, "db")}", $"--Database:ImportDirectory={import}"];

        var script = Path.Combine(folder, "100_partners.cypher");
        await File.WriteAllTextAsync(script,
            "LOAD CSV WITH HEADERS FROM 'file:///partners.csv' AS row MERGE (o:Organization {key: row.key}) SET o.name = row.name;\n");
        // The rows carry no source: the data rules' warnings are not what this test is about.
        var (loaded, _, loadErrors) = await CommandRunner.RunAsync(LoadCommand.Create(settings), ["load", script, "--allow-violations", .. settings]);
        loaded.Should().Be(0, loadErrors);

        var (exit, output, errors) = await CommandRunner.RunAsync(QueryCommand.Create(settings), ["query",
            "MATCH (o:Organization) RETURN o.key AS key, o.name AS name ORDER BY key", .. settings]);
        exit.Should().Be(0, errors);
        output.Should().Contain("org:acme | Acme Anvils").And.Contain("org:jaxa | JAXA, Japan").And.Contain("2 rows");

        // "..": the URL's path is tidied as Neo4j does, so it names import/secret.csv, which does not exist.
        var (refusedExit, leaked, refusal) = await CommandRunner.RunAsync(QueryCommand.Create(settings), ["query",
            "LOAD CSV FROM 'file:///../secret.csv' AS row RETURN row", .. settings]);
        refusedExit.Should().NotBe(0);
        refusal.Should().Contain("secret.csv");
        leaked.Should().NotContain("hidden");
    }
}
