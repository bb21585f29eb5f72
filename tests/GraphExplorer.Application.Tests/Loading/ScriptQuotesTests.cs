using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// <c>load</c> checks every quote a script gives against its source's text, with real sentences of article 001
/// (cypher/sources/001_20df84f1ae021dc9.txt), and <c>validate</c> reports the misquotes the graph holds.
/// </summary>
public sealed class ScriptQuotesTests : IAsyncLifetime
{
    private const string Article = "001_20df84f1ae021dc9.txt";
    private const string Sentence =
        "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.";

    private readonly IGraphDatabase database = TestBackend.CreateDatabase();
    private readonly string folder = Directory.CreateTempSubdirectory("script-quotes-").FullName;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.Copy(Path.Combine(RepositoryPaths.SeedScripts, "sources", Article), Path.Combine(folder, "sources", Article));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_quote_that_occurs_verbatim_in_its_article_loads()
    {
        var report = await LoadAsync(Citation(Sentence));

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Misquotes.Should().BeEmpty();
        (await new GraphValidator(database).ValidateAsync()).Should().NotContain(v => v.Rule == ValidationRules.Misquote);
    }

    [Fact]
    public async Task Typographic_apostrophes_and_no_break_spaces_of_the_article_match_plain_ones()
    {
        // In the article: "entre la\u00a0Japan Aerospace…" and "l’Économie", "l’Énergie".
        const string plain = "La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la " +
            "Luxembourg Space Agency (LSA), en présence du ministre de l\\'Économie, des PME, de l\\'Énergie et du Tourisme Lex Delles.";

        var report = await LoadAsync(Citation(plain));

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Misquotes.Should().BeEmpty();
    }

    // The closest passage is given as quotes are compared (QuoteText.Normalize: typographic apostrophes as ').
    [Fact]
    public async Task A_quote_with_one_word_changed_is_refused_at_its_line_and_column_with_the_closest_passage()
    {
        var report = await LoadAsync(Citation(Sentence.Replace("Tokyo", "Osaka", StringComparison.Ordinal)));

        report.Outcome.Should().Be(ScriptOutcome.RefusedMisquotes);
        var path = Path.Combine(folder, "105_new.cypher");
        // Line 3: the citation statement; its literal starts after "  {key: 'org:jaxa', quote: " (column 28).
        report.Misquotes.Should().ContainSingle().Which.ToString().Should()
            .StartWith($"{path}:3:28: misquote: «Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Osaka,")
            .And.Contain("does not occur in the text of src:test")
            .And.Contain($"closest passage: «{QuoteText.Normalize(Sentence)}»");
        report.Error!.ToString().Should().StartWith($"{path}:3:28: 1 quote(s) do not occur").And.Contain("nothing of 105_new.cypher was applied");
        (await database.ReadAsync("MATCH (n) RETURN count(n) AS n")).Single().Get<long>("n").Should().Be(0, "a refused file applies nothing");
    }

    [Fact]
    public async Task A_quote_stitched_from_two_sentences_of_the_article_is_refused_naming_both_passages()
    {
        const string stitched = "Un nouvel accord important a été signé avec l\\'agence spatiale japonaise, La journée a débuté par une entrevue bilatérale";

        var report = await LoadAsync(Citation(stitched));

        report.Outcome.Should().Be(ScriptOutcome.RefusedMisquotes);
        report.Misquotes.Should().ContainSingle().Which.Message.Should().Contain(
            "is stitched from two passages that are not adjacent there, «Un nouvel accord important a été signé avec l'agence spatiale japonaise,» " +
            "and «La journée a débuté par une entrevue bilatérale»");
    }

    [Fact]
    public async Task With_misquotes_allowed_the_file_loads_and_validate_then_reports_the_misquote()
    {
        var report = await LoadAsync(Citation(Sentence.Replace("Tokyo", "Osaka", StringComparison.Ordinal)), allowMisquotes: true);

        report.Outcome.Should().Be(ScriptOutcome.Applied);
        report.Misquotes.Should().ContainSingle().Which.Line.Should().Be(3);
        var violations = await new GraphValidator(database).ValidateAsync();
        violations.Should().ContainSingle(v => v.Rule == ValidationRules.Misquote).Which.ToString().Should()
            .StartWith("misquote: org:jaxa|CITED_IN|src:test: «Un nouvel accord").And.Contain($"closest passage: «{QuoteText.Normalize(Sentence)}»");
    }

    [Fact]
    public async Task A_misquote_in_double_quotes_with_an_escaped_apostrophe_is_located()
    {
        var literal = "\"" + Sentence.Replace("Tokyo", "Osaka", StringComparison.Ordinal).Replace("’", "\\'", StringComparison.Ordinal) + "\"";
        var report = await LoadAsync(Citation(Sentence).Replace($"'{Sentence}'", literal, StringComparison.Ordinal));

        report.Outcome.Should().Be(ScriptOutcome.RefusedMisquotes);
        report.Misquotes.Should().ContainSingle().Which.Should().Match<LoadError>(e => e.Line == 3 && e.Column == 28);
    }

    [Fact]
    public async Task A_relationship_quote_is_checked_against_the_source_its_parallel_sources_entry_names()
    {
        var script = Citation(Sentence) +
            "MATCH (a:Organization {key: 'org:jaxa'}) MERGE (b:Organization {key: 'org:lsa'}) MERGE (a)-[r:PARTNER_OF]->(b)\n" +
            "  SET r += {sources: ['src:test'], quotes: ['La JAXA et la LSA ont signé un traité.']};\n";

        var report = await LoadAsync(script);

        // Line 6, after "  SET r += {sources: ['src:test'], quotes: [" (44 characters).
        report.Outcome.Should().Be(ScriptOutcome.RefusedMisquotes);
        report.Misquotes.Should().ContainSingle().Which.Should().Match<LoadError>(e => e.Line == 6 && e.Column == 45
            && e.Message.Contains("cited for org:jaxa|PARTNER_OF|org:lsa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quote_whose_source_has_no_text_yet_is_a_warning_and_loads()
    {
        const string script = "MERGE (s:Source {key: 'src:untexted'}) SET s.title = 'Sans texte';\n" +
            "MATCH (s:Source {key: 'src:untexted'}) MERGE (n:Organization {key: 'org:jaxa'}) MERGE (n)-[:CITED_IN {quote: 'Une phrase.'}]->(s);\n";

        var report = await LoadAsync(script);

        report.Outcome.Should().Be(ScriptOutcome.Applied, report.Error?.ToString());
        report.Warnings.Should().ContainSingle().Which.Should().Match<LoadError>(e => e.Line == 2
            && e.Message.StartsWith("quote not checked: src:untexted has no text yet", StringComparison.Ordinal));
    }

    private static string Citation(string quote) =>
        $"MERGE (s:Source {{key: 'src:test'}}) SET s += {{title: 'Une visite au Japon fructueuse', file: '{Article}'}};\n" +
        "MATCH (s:Source {key: 'src:test'}) MERGE (n:Organization {key: 'org:jaxa'}) WITH n, s UNWIND [\n" +
        $"  {{key: 'org:jaxa', quote: '{quote}'}}\n" +
        "] AS row MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);\n";

    private async Task<ScriptReport> LoadAsync(string text, bool allowMisquotes = false)
    {
        var path = Path.Combine(folder, "105_new.cypher");
        await File.WriteAllTextAsync(path, text);
        return (await new ScriptLoader(database).LoadAsync([ScriptFile.Read(path)], new LoadOptions("test", AllowMisquotes: allowMisquotes))).Single();
    }
}
