using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphExplorer.Application.Exploration;

/// <summary>
/// Turns what a person types into the Lucene query the full-text index <see cref="SearchService.IndexName"/> runs
/// (<c>db.index.fulltext.queryNodes</c>, the same on both backends). The text is normalised like <c>searchText</c>
/// (<see cref="Domain.SearchText.Normalize"/>) and cut into words (letters and digits, an inner apostrophe kept, as
/// Lucene's standard tokenizer cuts the indexed text); every word must match, as the word itself (best), as the start
/// of a word, or one or two typing errors away (words of 4–7 letters one, longer words two, shorter ones none, numbers
/// none), or — for a Japanese name romanised with its long vowels written out — with them written short
/// (<see cref="Romanisation"/>: "Toukyou" finds Tokyo as "Tōkyō" does). A word with Han or Hiragana characters, which the tokenizer indexes one character at a time, must match as
/// that exact sequence. Nothing the user types reaches Lucene as syntax: words hold no operator characters, and each
/// is escaped all the same.
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
public static partial class SearchQuery
{
    /// <summary>The words of a search text, normalised, in order, without repeats.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. Word().Matches(Domain.SearchText.Normalize(text)).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The Lucene query for <paramref name="words"/> (from <see cref="Words"/>), or null when there are none.</summary>
    public static string? Lucene(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var word in words)
        {
            var escaped = Escape(word);
            query.Append(query.Length == 0 ? "+" : " +");
            if (word.Any(IsIndexedPerCharacter))
            {
                query.Append('"').Append(escaped).Append('"');
                continue;
            }

            query.Append('(').Append(escaped).Append("^4 ").Append(escaped).Append("*^2");
            if (TypingErrors(word) is > 0 and var edits)
            {
                query.Append(' ').Append(escaped).Append('~').Append(edits.ToString(CultureInfo.InvariantCulture));
            }

            if (Romanisation.ShortVowels(word) is var shortened && shortened != word)
            {
                var alternative = Escape(shortened);
                query.Append(' ').Append(alternative).Append("^3 ").Append(alternative).Append("*^2");
            }

            query.Append(')');
        }

        return query.ToString();
    }

    /// <summary>Backslash before every character Lucene's classic query syntax gives a meaning to.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '+' or '-' or '!' or '(' or ')' or ':' or '^' or '[' or ']' or '"' or '{' or '}' or '~' or '*' or '?' or '|' or '&' or '/'
                || char.IsWhiteSpace(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static int TypingErrors(string word) =>
        !word.Any(char.IsLetter) ? 0 : word.Length switch
        {
            < 4 => 0,
            < 8 => 1,
            _ => 2,
        };

    /// <summary>Han ideographs and Hiragana, which the standard tokenizer makes one term each.</summary>
    private static bool IsIndexedPerCharacter(char c) =>
        c is >= '\u3040' and <= '\u309F' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*")]
    private static partial Regex Word();
}
