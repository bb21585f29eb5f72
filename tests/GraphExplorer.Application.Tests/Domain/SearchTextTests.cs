using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Tests.Domain;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Université libre de Bruxelles", "universite libre de bruxelles")]
    [InlineData("Ministère de l’Économie", "ministere de l'economie")]
    [InlineData("  « Cœur »   de  ville ", "coeur de ville")]
    [InlineData("Accord Luxembourg–Japon", "accord luxembourg-japon")]
    [InlineData("JAXA — LSA", "jaxa - lsa")]
    [InlineData("熊本県", "熊本県")]
    [InlineData("ガイド", "ガイド")]
    public void Normalises_like_the_seed_search_text(string input, string expected) =>
        SearchText.Normalize(input).Should().Be(expected);

    [Fact]
    public void Build_joins_distinct_normalised_names() =>
        SearchText.Build(["JAXA", "jaxa", "Agence spatiale"]).Should().Be("jaxa agence spatiale");
}
