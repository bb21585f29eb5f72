using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// The seed articles travel with the repository (cypher/sources/) and are loaded with their Source nodes, and every quote
/// of every seed script — node citations and the parallel <c>sources</c>/<c>quotes</c> of relationships — occurs in
/// its own article's text (whitespace and typographic quote marks aside, see <see cref="QuoteText"/>), as <c>load</c> and
/// <c>validate</c> check it (<see cref="CitationQuotes"/>).
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class SeedSourceTextsTests(SeedGraphFixture fixture)
{
    [Fact]
    public async Task Every_source_holds_its_article_as_kept_in_cypher_sources()
    {
        var rows = await fixture.Database.ReadAsync("MATCH (s:Source) RETURN s.key AS key, s.file AS file, s.text AS text ORDER BY key");

        rows.Should().HaveCount(5);
        foreach (var row in rows)
        {
            var file = Path.Combine(RepositoryPaths.SeedScripts, "sources", row.Get<string>("file"));
            row.Get<string?>("text").Should().Be(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal), row.Get<string>("key"));
        }
    }

    [Fact]
    public async Task Every_quote_of_every_script_occurs_verbatim_in_its_article()
    {
        var quotes = (await fixture.Database.ReadAsync(
            "MATCH ()-[c:CITED_IN]->(:Source) RETURN count(c) AS n UNION ALL MATCH ()-[r]->() WHERE r.quotes IS NOT NULL RETURN sum(size(r.quotes)) AS n"))
            .Sum(r => r.Get<long>("n"));
        var findings = await CitationQuotes.CheckAsync(cypher => fixture.Database.SystemReadAsync(cypher));

        quotes.Should().BeGreaterThan(600, "the five seed scripts quote their articles several hundred times");
        findings.Unchecked.Should().BeEmpty("every seed source has its article");
        findings.Misquotes.Select(m => $"{m.Citation.Target}: {m.Describe()}").Should().BeEmpty();
    }
}
