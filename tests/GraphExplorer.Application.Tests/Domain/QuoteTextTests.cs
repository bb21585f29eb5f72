using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Tests.Domain;

public sealed class QuoteTextTests
{
    private const string Article = "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo.\n\nLa journée a débuté par une « entrevue bilatérale » entre la JAXA et la LSA.";

    [Theory]
    [InlineData("signé avec l'agence spatiale japonaise")]
    [InlineData("accord   important\na été signé")]
    [InlineData("une \"entrevue bilatérale\" entre")]
    [InlineData("hier à Tokyo. La journée")]
    public void A_quote_occurs_whatever_its_whitespace_and_typographic_quotes(string quote) =>
        QuoteText.Occurs(Article, quote).Should().BeTrue();

    [Theory]
    [InlineData("Un accord important a été signé avec l’agence spatiale japonaise")]
    [InlineData("signe avec l’agence spatiale japonaise")]
    [InlineData("La Journée a débuté")]
    public void A_paraphrase_a_missing_accent_or_another_case_does_not_occur(string quote) =>
        QuoteText.Occurs(Article, quote).Should().BeFalse();

    [Fact]
    public void The_closest_passage_is_the_window_sharing_most_words_with_the_quote() =>
        QuoteText.ClosestPassage(Article, "La rencontre a débuté par une entrevue bilatérale")
            .Should().Be("La journée a débuté par une \"entrevue bilatérale\"");
}
