using GraphExplorer.Server.Commands;
using GraphExplorer.Server.Hosting;
using GraphExplorer.Server.Tests.Support;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary><c>scaffold</c> as a steward runs it: the skeleton is written beside the article and loads.</summary>
[Collection(CommandRunner.Collection)]
public sealed class ScaffoldCommandTests : IDisposable
{
    private const string Article = "001_20df84f1ae021dc9.txt";

    private readonly string folder = Directory.CreateTempSubdirectory("graphexplorer-scaffold-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Scaffold_writes_a_script_that_load_applies_and_never_writes_over_one()
    {
        var setting = $"--Database:Path={Path.Combine(folder, "db")}";
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        var article = Path.Combine(folder, "sources", Article);
        File.Copy(Path.Combine(ProductLayout.Discover().SeedScripts, "sources", Article), article);
        var script = Path.Combine(folder, "105_001_20df84f1ae021dc9.cypher");
        string[] arguments = ["scaffold", article, "--key", "src:new-article", "--title", "Une visite au Japon fructueuse", "--out", script, setting];

        var (exit, output, errors) = await CommandRunner.RunAsync(ScaffoldCommand.Create([setting]), arguments);

        exit.Should().Be(0, errors);
        output.Should().Contain($"{script}: written");
        (await CommandRunner.RunAsync(LoadCommand.Create([setting]), "load", script, setting)).Output.Should().Contain("105_001_20df84f1ae021dc9.cypher: applied");
        var (again, _, refusal) = await CommandRunner.RunAsync(ScaffoldCommand.Create([setting]), arguments);
        again.Should().Be(2);
        refusal.Should().Contain("exists; scaffold never writes over a script");
    }
}
