using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Tests.Support;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary><c>scaffold</c> on a real article (cypher/sources/001_20df84f1ae021dc9.txt) and the seed graph.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class ScriptScaffoldTests(SeedGraphFixture seed) : IAsyncLifetime
{
    private const string Article = "001_20df84f1ae021dc9.txt";

    private readonly ScriptFolder folder = new("scaffold-");
    private readonly string text = File.ReadAllText(Path.Combine(RepositoryPaths.SeedScripts, "sources", Article));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await folder.DisposeAsync();

    [Fact]
    public async Task The_skeleton_loads_with_every_rule_checked_gives_the_source_its_text_and_validates()
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, "sources"));
        File.Copy(Path.Combine(RepositoryPaths.SeedScripts, "sources", Article), Path.Combine(folder.Path, "sources", Article));
        var script = ScriptScaffold.Write(text, Article, "src:new-article", "Une visite au Japon fructueuse", "fr", []);

        var report = await folder.LoadAsync("105_new.cypher", script, new LoadOptions("steward", Rules: RuleChecks.Refuse, Strict: true));

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        (await folder.Database.ReadAsync("MATCH (s:Source {key: 'src:new-article'}) RETURN s.text AS text")).Single().Get<string>("text")
            .Should().StartWith("Accueil | Economie");
        (await new GraphValidator(folder.Database).ValidateAsync()).Should().BeEmpty();
    }

    [Fact]
    public void Every_sentence_is_given_where_it_starts_in_the_article_and_occurs_there_as_a_quote()
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');

        var sentences = ScriptScaffold.Sentences(text);

        sentences.Should().Contain(s => s.Text == "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation " +
            "économique luxembourgeoise en visite dans le pays depuis lundi.");
        sentences.Should().OnlyContain(s => QuoteText.Occurs(text, s.Text));
        sentences.Select(s => lines[s.Line - 1].Substring(s.Column - 1, s.Text.Split(' ')[0].Length)).Should().Equal(sentences.Select(s => s.Text.Split(' ')[0]),
            "each sentence starts at its line and column");
        ScriptScaffold.Write(text, Article, "src:new-article", "T", "fr", []).Should().Contain(
            $"// s1 1:1 'Accueil | Economie | Une visite au Japon fructueuse'");
    }

    [Fact]
    public async Task The_entities_the_graph_has_that_the_article_names_are_listed_to_match_not_copy()
    {
        var known = await ScriptScaffold.KnownAsync(seed.Database, text);

        known.Select(k => k.Key).Should().Contain(["org:jaxa", "org:luxembourg-space-agency", "org:luxprovide"]);
        ScriptScaffold.Write(text, Article, "src:new-article", "T", "fr", known).Should()
            .Contain("//   org:jaxa (Japan Aerospace Exploration Agency)");
    }

    [Fact]
    public void A_key_that_is_not_a_source_key_is_refused()
    {
        var write = () => ScriptScaffold.Write(text, Article, "org:new", "T", "fr", []);

        write.Should().Throw<ExplorerException>().WithMessage("*'org:new' is not a source key*");
    }
}
