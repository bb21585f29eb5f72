using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Tests.Exploration;

public sealed class RomanisationTests
{
    [Theory]
    [InlineData("toukyou", "tokyo")]
    [InlineData("tookyoo", "tokyo")]
    [InlineData("tohkyoh", "tokyo")]
    [InlineData("oosaka", "osaka")]
    [InlineData("kyuushuu", "kyushu")]
    [InlineData("ryuukyuu", "ryukyu")]
    [InlineData("niigata", "nigata")]
    [InlineData("okaasan", "okasan")]
    public void Long_vowels_written_out_become_short(string word, string expected) =>
        Romanisation.ShortVowels(word).Should().Be(expected);

    [Theory]
    [InlineData("tokyo")]
    [InlineData("kumamoto")]
    [InlineData("ohara")]
    [InlineData("jaxa")]
    [InlineData("東京")]
    public void Words_without_a_written_out_long_vowel_are_kept(string word) =>
        Romanisation.ShortVowels(word).Should().Be(word);
}
