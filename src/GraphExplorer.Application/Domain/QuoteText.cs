using System.Text;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// Where a citation's quote stands in its article's text. A quote must occur verbatim; the only differences forgiven
/// are those a copy of a web page introduces without changing a word: runs of whitespace (including the no-break spaces
/// of the articles) and the typographic forms of quotation marks and apostrophes (<c>’</c> for <c>'</c>,
/// <c>“</c> for <c>"</c>). Stateless.
/// </summary>
public static class QuoteText
{
    /// <summary>
    /// The span of <paramref name="text"/> that <paramref name="quote"/> quotes, as a start offset (inclusive) and an
    /// end offset (exclusive) in UTF-16 code units of <paramref name="text"/>, or null when it does not occur.
    /// </summary>
    public static (int Start, int End)? Find(string quote, string text)
    {
        var (needle, _) = Fold(quote.Trim());
        if (needle.Length == 0)
        {
            return null;
        }

        var (haystack, offsets) = Fold(text);
        var at = haystack.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? null : (offsets[at], offsets[at + needle.Length - 1] + 1);
    }

    /// <summary>The text with whitespace runs as one space and typographic quotes as plain ones, and for each folded character its offset in the original.</summary>
    private static (string Folded, int[] Offsets) Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] == ' ')
                {
                    continue;
                }

                c = ' ';
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
