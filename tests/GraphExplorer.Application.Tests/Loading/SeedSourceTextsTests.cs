using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// The seed articles travel with the repository (cypher/sources/) and are loaded with their Source nodes, and every quote
/// of every seed script — node citations and the parallel <c>sources</c>/<c>quotes</c> of relationships — occurs in
/// its own article's text (whitespace and typographic quote marks aside, see <see cref="QuoteText"/>).
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
        var texts = (await fixture.Database.ReadAsync("MATCH (s:Source) RETURN s.key AS key, s.text AS text"))
            .ToDictionary(r => r.Get<string>("key"), r => r.Get<string>("text"));
        var quotes = new List<(string Where, string Source, string Quote)>();
        foreach (var row in await fixture.Database.ReadAsync("MATCH (n)-[c:CITED_IN]->(s:Source) RETURN n.key AS node, s.key AS source, c.quote AS quote"))
        {
            quotes.Add(($"{row.Get<string>("node")} CITED_IN", row.Get<string>("source"), row.Get<string>("quote")));
        }

        foreach (var row in await fixture.Database.ReadAsync(
            "MATCH (a)-[r]->(b) WHERE r.quotes IS NOT NULL RETURN a.key AS from, type(r) AS type, b.key AS to, r.sources AS sources, r.quotes AS quotes"))
        {
            var sources = GraphQueries.Strings(row["sources"]);
            var said = GraphQueries.Strings(row["quotes"]);
            sources.Should().HaveSameCount(said, "sources and quotes are parallel lists");
            quotes.AddRange(said.Select((q, i) => ($"{row.Get<string>("from")} {row.Get<string>("type")} {row.Get<string>("to")}", sources[i], q)));
        }

        quotes.Should().HaveCountGreaterThan(600, "the five seed scripts quote their articles several hundred times");
        var missing = quotes
            .Where(q => !texts.TryGetValue(q.Source, out var text) || QuoteText.Find(q.Quote, text) is null)
            .Select(q => $"{q.Where}: «{q.Quote}» is not in {q.Source}")
            .Distinct()
            .ToList();
        missing.Should().BeEmpty();
    }
}
