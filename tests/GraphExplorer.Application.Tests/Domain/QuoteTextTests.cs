using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Tests.Domain;

public sealed class QuoteTextTests
{
    private const string Article = "Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo.\n\nLa journée a débuté par une « entrevue bilatérale » entre la JAXA et la LSA.\nL’accord vise à “faciliter”  la collaboration.";

    [Theory]
    [InlineData("signé avec l'agence spatiale japonaise")]
    [InlineData("accord   important\na été signé")]
    [InlineData("une \"entrevue bilatérale\" entre")]
    [InlineData("hier à Tokyo. La journée")]
    public void A_quote_occurs_whatever_its_whitespace_and_typographic_quotes(string quote) =>
        QuoteText.Occurs(Article, quote).Should().BeTrue();

    [Theory]
    [InlineData("Un accord important a été signé avec l’agence spatiale japonaise")] // a dropped word
    [InlineData("signe avec l’agence spatiale japonaise")] // an accent is a different letter
    [InlineData("La Journée a débuté")]
    [InlineData("   ")]
    public void A_paraphrase_a_missing_accent_or_another_case_does_not_occur(string quote) =>
        QuoteText.Occurs(Article, quote).Should().BeFalse();

    [Fact]
    public void A_verbatim_quote_is_found_with_its_offsets_in_the_text()
    {
        var span = QuoteText.Find("entre la JAXA et la LSA.", Article);

        span.Should().NotBeNull();
        Article[span!.Value.Start..span.Value.End].Should().Be("entre la JAXA et la LSA.");
    }

    [Theory]
    [InlineData("L'accord vise à \"faciliter\" la collaboration.", "L’accord vise à “faciliter”  la collaboration.")]
    [InlineData("une \"entrevue bilatérale\" entre", "une « entrevue bilatérale » entre")]
    public void The_span_of_a_forgiven_quote_covers_the_original_text(string quote, string original)
    {
        var span = QuoteText.Find(quote, Article);

        span.Should().NotBeNull();
        Article[span!.Value.Start..span.Value.End].Should().Be(original);
    }

    [Fact]
    public void The_closest_passage_is_the_window_sharing_most_words_with_the_quote() =>
        QuoteText.ClosestPassage(Article, "La rencontre a débuté par une entrevue bilatérale")
            .Should().Be("La journée a débuté par une \"entrevue bilatérale\"");

    [Fact]
    public void A_quote_joining_two_sentences_that_are_not_adjacent_is_stitched_and_gives_both_passages()
    {
        var pieces = QuoteText.Stitched(Article, "signé avec l’agence spatiale japonaise, L’accord vise à “faciliter” la collaboration.");

        pieces.Should().Be(("signé avec l'agence spatiale japonaise,", "L'accord vise à \"faciliter\" la collaboration."));
    }

    [Fact]
    public void A_sentence_with_words_cut_from_its_middle_is_stitched()
    {
        var pieces = QuoteText.Stitched(Article, "La journée a débuté entre la JAXA et la LSA.");

        pieces.Should().Be(("La journée a débuté", "entre la JAXA et la LSA."));
    }

    [Theory]
    [InlineData("Un nouvel accord important a été signé avec l’agence spatiale européenne, hier à Tokyo.")] // one word changed
    [InlineData("Un nouvel accord important a été signé avec l’agence spatiale japonaise")] // verbatim
    [InlineData("signé avec l’agence spatiale japonaise, la collaboration.")] // a piece under four words
    public void A_changed_word_a_verbatim_quote_or_a_short_piece_is_not_stitched(string quote) =>
        QuoteText.Stitched(Article, quote).Should().BeNull();
}
