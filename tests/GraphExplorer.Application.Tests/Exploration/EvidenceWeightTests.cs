using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Tests.Exploration;

public sealed class EvidenceWeightTests
{
    private static Citation Cite(string source) => new(source, source, "q");

    [Fact]
    public void Two_articles_of_one_publisher_are_one_independent_source()
    {
        var citations = new[] { Cite("src:a"), Cite("src:b"), Cite("src:a") };
        var publishers = new Dictionary<string, string?> { ["src:a"] = "Paperjam", ["src:b"] = " paperjam " };

        (EvidenceWeight.Sources(citations), EvidenceWeight.Independent(citations, publishers)).Should().Be((2, 1));
    }

    [Fact]
    public void An_article_whose_publisher_is_unknown_counts_as_a_publisher_of_its_own()
    {
        var citations = new[] { Cite("src:a"), Cite("src:b"), Cite("src:c") };
        var publishers = new Dictionary<string, string?> { ["src:a"] = "Paperjam", ["src:b"] = null };

        EvidenceWeight.Independent(citations, publishers).Should().Be(3);
    }
}
