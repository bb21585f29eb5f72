using System.Text;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// Where a citation's quote stands in its source's text, and the passage closest to it when it does not occur. A quote
/// must occur verbatim; the only differences forgiven are those a copy of a web page introduces without changing a
/// word (see <see cref="Normalize"/>): runs of whitespace (the articles' no-break spaces included) become one space,
/// typographic apostrophes (<c>’ ‘ ʼ ′</c>) become <c>'</c>, typographic double quotes (<c>“ ” „ « »</c>) become
/// <c>"</c>, and the spaces inside French guillemets go (« mot » is "mot"). Case, accents and every other character
/// must match. Used by the loader's checks, the API's passages and the steward mutations. Thread-safe (stateless).
/// </summary>
public static class QuoteText
{
    /// <summary>The text as quotes are compared.</summary>
    public static string Normalize(string text) => Fold(text.Trim()).Folded;

    /// <summary>True when <paramref name="quote"/> occurs in <paramref name="text"/> (both normalised).</summary>
    public static bool Occurs(string text, string quote) => Find(quote, text) is not null;

    /// <summary>
    /// The span of <paramref name="text"/> that <paramref name="quote"/> quotes, as a start offset (inclusive) and an
    /// end offset (exclusive) in UTF-16 code units of <paramref name="text"/>, or null when it does not occur.
    /// </summary>
    public static (int Start, int End)? Find(string quote, string text)
    {
        var needle = Normalize(quote);
        if (needle.Length == 0)
        {
            return null;
        }

        var (haystack, offsets) = Fold(text);
        var at = haystack.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? null : (offsets[at], offsets[at + needle.Length - 1] + 1);
    }

    /// <summary>
    /// The passage of <paramref name="text"/> that shares the most words with <paramref name="quote"/>: a window of as
    /// many words as the quote, slid over the text word by word, scored by the words the two have in common (counted
    /// with repetition, case-insensitive; the first best window wins), then trimmed of end words the quote does not
    /// have. O(text words × quote words); articles are a few thousand words. Null when the text has no words.
    /// </summary>
    public static string? ClosestPassage(string text, string quote)
    {
        var words = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wanted = Normalize(quote).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Key).ToList();
        if (words.Length == 0)
        {
            return null;
        }

        var size = Math.Clamp(wanted.Count, 1, words.Length);
        var (bestStart, bestScore) = (0, -1);
        for (var start = 0; start + size <= words.Length; start++)
        {
            var remaining = new List<string>(wanted);
            var score = 0;
            for (var i = start; i < start + size; i++)
            {
                if (remaining.Remove(Key(words[i])))
                {
                    score++;
                }
            }

            if (score > bestScore)
            {
                (bestStart, bestScore) = (start, score);
            }
        }

        // Words at either end that the quote does not have are not part of the passage.
        var (first, last) = (bestStart, bestStart + size - 1);
        while (first < last && !wanted.Contains(Key(words[first])))
        {
            first++;
        }

        while (last > first && !wanted.Contains(Key(words[last])))
        {
            last--;
        }

        return string.Join(' ', words[first..(last + 1)]);
    }

    /// <summary>Fewest words each piece of a stitched quote must have (see <see cref="Stitched"/>): shorter pieces, such
    /// as "à Osaka", occur by chance in an article, and would make a quote with one word changed look stitched.</summary>
    public const int StitchedPieceMinimumWords = 4;

    /// <summary>
    /// When <paramref name="quote"/> does not occur in <paramref name="text"/> but is two passages of it put end to end
    /// (two sentences stitched together, or a sentence with words cut out of its middle), those two passages, the first
    /// as long as it can be; null otherwise. Each piece has at least <see cref="StitchedPieceMinimumWords"/> words and
    /// both are compared as <see cref="Occurs"/> does. A single changed word never makes a quote stitched: whichever
    /// piece holds it does not occur. O(quote words × text).
    /// </summary>
    public static (string First, string Second)? Stitched(string text, string quote)
    {
        var words = Normalize(quote).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var haystack = Normalize(text);
        if (words.Length < 2 * StitchedPieceMinimumWords || haystack.Contains(string.Join(' ', words), StringComparison.Ordinal))
        {
            return null;
        }

        for (var split = words.Length - StitchedPieceMinimumWords; split >= StitchedPieceMinimumWords; split--)
        {
            var first = string.Join(' ', words[..split]);
            var second = string.Join(' ', words[split..]);
            if (haystack.Contains(first, StringComparison.Ordinal) && haystack.Contains(second, StringComparison.Ordinal))
            {
                return (first, second);
            }
        }

        return null;
    }

    private static string Key(string word) => word.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')').ToLowerInvariant();

    /// <summary>The normalised text and, for each of its characters, the offset of the original character it stands for.</summary>
    private static (string Folded, int[] Offsets) Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        var afterGuillemet = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] != ' ' && !afterGuillemet)
                {
                    folded.Append(' ');
                    offsets.Add(i);
                }

                continue;
            }

            afterGuillemet = c == '«';
            if (c == '»' && folded.Length > 0 && folded[^1] == ' ')
            {
                folded.Length--;
                offsets.RemoveAt(offsets.Count - 1);
            }

            folded.Append(c switch
            {
                '’' or '‘' or 'ʼ' or '′' => '\'',
                '“' or '”' or '„' or '«' or '»' => '"',
                _ => c,
            });
            offsets.Add(i);
        }

        return (folded.ToString(), [.. offsets]);
    }
}
