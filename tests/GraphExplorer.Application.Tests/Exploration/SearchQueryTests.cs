using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>The Lucene query built from what a person types: words, their typo and prefix forms, escaping.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Université Libre", "+(universite^4 universite*^2 universite~2) +(libre^4 libre*^2 libre~1)")]
    [InlineData("JAXA", "+(jaxa^4 jaxa*^2 jaxa~1)")]
    [InlineData("LSA 2024", "+(lsa^4 lsa*^2) +(2024^4 2024*^2)")]
    [InlineData("Nils-Erik", "+(nils^4 nils*^2 nils~1) +(erik^4 erik*^2 erik~1)")]
    [InlineData("東京都", "+\"東京都\"")]
    [InlineData("アストロスケール", "+(アストロスケール^4 アストロスケール*^2 アストロスケール~2)")]
    [InlineData("l’Université", "+(l'universite^4 l'universite*^2 l'universite~2)")]
    public void Every_word_must_match_exactly_as_a_prefix_or_with_typos(string text, string expected) =>
        SearchQuery.Lucene(SearchQuery.Words(text)).Should().Be(expected);

    [Theory]
    [InlineData("jaxa AND (", "+(jaxa^4 jaxa*^2 jaxa~1) +(and^4 and*^2)")]
    [InlineData("title:jaxa~", "+(title^4 title*^2 title~1) +(jaxa^4 jaxa*^2 jaxa~1)")]
    public void Operators_and_fields_in_the_text_become_plain_words(string text, string expected) =>
        SearchQuery.Lucene(SearchQuery.Words(text)).Should().Be(expected);

    [Fact]
    public void A_romanised_long_vowel_adds_the_short_form_beside_the_word_as_typed() =>
        SearchQuery.Lucene(SearchQuery.Words("Toukyou")).Should()
            .Be("+(toukyou^4 toukyou*^2 toukyou~1 tokyo^3 tokyo*^2)");

    [Fact]
    public void Text_without_words_gives_no_query() =>
        SearchQuery.Lucene(SearchQuery.Words("*** ~ !")).Should().BeNull();

    [Fact]
    public void Escape_marks_every_special_character() =>
        SearchQuery.Escape("a+b-c!(d):e^[f]\"g{h}~i*j?k|l&m/n\\o p").Should()
            .Be("a\\+b\\-c\\!\\(d\\)\\:e\\^\\[f\\]\\\"g\\{h\\}\\~i\\*j\\?k\\|l\\&m\\/n\\\\o\\ p");
}
