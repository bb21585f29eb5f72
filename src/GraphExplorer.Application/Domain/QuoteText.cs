using System.Text;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// Whether a citation's quote occurs in its source's text, and the passage of the text closest to it when it does not.
/// Both sides are compared after <see cref="Normalize"/>: whitespace runs (non-breaking spaces included) become one
/// space, typographic apostrophes (<c>’ ‘ ʼ ′</c>) become <c>'</c> and typographic double quotes
/// (<c>“ ” „ « »</c>) become <c>"</c>, so a quote copied from a rendered page matches the stored text. Case, accents and
/// every other character must match: a quote is verbatim. Used by the steward mutations and meant for the loader.
/// Thread-safe (stateless).
/// </summary>
public static class QuoteText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var afterGuillemet = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                // French guillemets enclose their text with (non-breaking) spaces: « mot » is "mot".
                if (builder.Length > 0 && builder[^1] != ' ' && !afterGuillemet)
                {
                    builder.Append(' ');
                }

                continue;
            }

            afterGuillemet = c == '«';
            if (c == '»' && builder.Length > 0 && builder[^1] == ' ')
            {
                builder.Length--;
            }

            builder.Append(c switch
            {
                '’' or '‘' or 'ʼ' or '′' => '\'',
                '“' or '”' or '„' or '«' or '»' => '"',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="quote"/> occurs in <paramref name="text"/> (both normalised).</summary>
    public static bool Occurs(string text, string quote) => Normalize(text).Contains(Normalize(quote), StringComparison.Ordinal);

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

    private static string Key(string word) => word.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')').ToLowerInvariant();
}
