using System.Text;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// The long vowels of romanised Japanese, which people write in several ways: Tōkyō (Hepburn), Toukyou (wāpuro, as
/// typed on a Japanese keyboard), Tookyoo, Tohkyoh (passport Hepburn) — while the press, and so the data, mostly
/// writes them short (Tokyo, Osaka, Kyoto). The macron form already meets the short one through the accent folding
/// of <see cref="Domain.SearchText.Normalize"/>; this gives the short form of the others, which a search adds as an
/// alternative to the word as typed (never instead of it: "Toulouse" or "bourgogne" still match themselves).
/// </summary>
/// <remarks>Thread-safe (stateless). Works on normalised words (lower case, accents removed).</remarks>
public static class Romanisation
{
    /// <summary>
    /// <paramref name="word"/> with each written-out long vowel made short: <c>ou</c>, <c>oo</c> and <c>oh</c> (before a
    /// consonant or at the end) become <c>o</c>; <c>uu</c>, <c>aa</c>, <c>ii</c> and <c>ee</c> one letter. Other text is
    /// kept as it is.
    /// </summary>
    public static string ShortVowels(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var shortened = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            shortened.Append(c);
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (IsLongVowel(c, next) || (c == 'o' && next == 'h' && !IsVowel(i + 2 < word.Length ? word[i + 2] : '\0')))
            {
                i++;
            }
        }

        return shortened.ToString();
    }

    private static bool IsLongVowel(char c, char next) =>
        (c == 'o' && next is 'u' or 'o') || (c is 'u' or 'a' or 'i' or 'e' && next == c);

    /// <summary>A vowel, or the end of the word as the Latin letters see it (a 'h' before a vowel starts a syllable).</summary>
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
