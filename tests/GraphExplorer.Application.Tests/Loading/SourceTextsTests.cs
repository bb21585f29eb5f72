using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>How <c>load</c> keeps an article's text on its Source node: from <c>sources/</c> beside the script, in the script's transaction.</summary>
public sealed class SourceTextsTests : IAsyncLifetime
{
    private const string Script = "MERGE (s:Source {key: 'src:new'}) SET s += {title: 'Une nouvelle mission', file: 'new.txt'};";

    private readonly IGraphDatabase database = TestBackend.CreateDatabase();
    private readonly string folder = Directory.CreateTempSubdirectory("source-texts-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_source_gets_the_text_of_the_article_its_file_names_and_becomes_searchable_by_it()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        await File.WriteAllTextAsync(Path.Combine(folder, "sources", "new.txt"), "La délégation a visité Kumamoto.\r\nFin.");

        var report = await LoadAsync();

        report.Outcome.Should().Be(ScriptOutcome.Applied);
        var row = (await database.ReadAsync("MATCH (s:Source {key: 'src:new'}) RETURN s.text AS text, s.searchText AS searchText")).Single();
        row.Get<string>("text").Should().Be("La délégation a visité Kumamoto.\nFin.");
        row.Get<string>("searchText").Should().Contain("une nouvelle mission").And.Contain("la delegation a visite kumamoto");
    }

    [Fact]
    public async Task A_source_whose_article_is_missing_fails_its_script_which_applies_nothing()
    {
        var report = await LoadAsync();

        report.Outcome.Should().Be(ScriptOutcome.Failed);
        report.Error!.Message.Should().Contain("src:new").And.Contain("new.txt").And.Contain(Path.Combine(folder, "sources"));
        (await database.ReadAsync("MATCH (s:Source) RETURN count(s) AS n")).Single().Get<long>("n").Should().Be(0);
    }

    private async Task<ScriptReport> LoadAsync()
    {
        var path = Path.Combine(folder, "105_new.cypher");
        await File.WriteAllTextAsync(path, Script);
        return (await new ScriptLoader(database).LoadAsync([ScriptFile.Read(path)], new LoadOptions("test"))).Single();
    }
}
