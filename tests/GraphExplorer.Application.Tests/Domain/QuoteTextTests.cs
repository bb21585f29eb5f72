using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Tests.Domain;

public sealed class QuoteTextTests
{
    private const string Article = "Hier, la JAXA et la LSA ont signé.\nL’accord vise à “faciliter”  la collaboration.";

    [Fact]
    public void A_verbatim_quote_is_found_with_its_offsets_in_the_text()
    {
        var span = QuoteText.Find("la JAXA et la LSA ont signé.", Article);

        span.Should().NotBeNull();
        Article[span!.Value.Start..span.Value.End].Should().Be("la JAXA et la LSA ont signé.");
    }

    [Fact]
    public void Whitespace_runs_and_typographic_quote_marks_are_forgiven_and_the_span_covers_the_original()
    {
        var span = QuoteText.Find("L'accord vise à \"faciliter\" la collaboration.", Article);

        span.Should().NotBeNull();
        Article[span!.Value.Start..span.Value.End].Should().Be("L’accord vise à “faciliter”  la collaboration.");
    }

    [Theory]
    [InlineData("la JAXA et la LSA ont signe.")] // an accent is a different letter
    [InlineData("la JAXA et LSA ont signé.")] // a dropped word
    [InlineData("   ")]
    public void Anything_else_that_differs_is_not_found(string quote) =>
        QuoteText.Find(quote, Article).Should().BeNull();
}
