using System.Globalization;
using System.Text;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// Case- and accent-insensitive comparison of any stored string, in portable Cypher (no APOC, the same on the embedded
/// engine and on Neo4j): <c>toLower</c>, then each accented Latin letter replaced by its base letters through a list
/// of pairs passed as a parameter (<see cref="Pairs"/>: <c>é</c> → <c>e</c>, <c>œ</c> → <c>oe</c>, <c>ß</c> → <c>ss</c>, …).
/// The value compared with goes through <see cref="Fold"/>, the same pairs in C#, so « Université » and "universite"
/// meet. The pairs come from Unicode's canonical decompositions of Latin-1 Supplement and Latin Extended-A/B (marks
/// dropped) plus the ligatures that have none. Thread-safe (immutable).
/// </summary>
public static class AccentFold
{
    /// <summary>Pairs [accented, plain] of lower-case letters, as a list of two-string lists for a Cypher parameter.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Pairs { get; } = BuildPairs();

    /// <summary>A regular expression matching text of ASCII characters only, which needs no replacement (portable: .NET and Java read it alike).</summary>
    public const string AsciiOnly = "[\\x00-\\x7F]*";

    /// <summary>
    /// The Cypher fold of <paramref name="expression"/> with the pairs in the parameter <paramref name="pairsParameter"/>
    /// (<c>$name</c>); text that <paramref name="asciiParameter"/> (holding <see cref="AsciiOnly"/>) matches is only
    /// lowered, so most values cost one regular-expression match instead of a replacement per pair.
    /// </summary>
    public static string Cypher(string expression, string pairsParameter, string asciiParameter) =>
        $"CASE WHEN {expression} =~ {asciiParameter} THEN toLower({expression}) ELSE reduce(s = toLower({expression}), f IN {pairsParameter} | replace(s, f[0], f[1])) END";

    /// <summary>What <see cref="Cypher"/> makes of <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        var folded = text.ToLowerInvariant();
        foreach (var pair in Pairs)
        {
            folded = folded.Replace(pair[0], pair[1], StringComparison.Ordinal);
        }

        return folded;
    }

    private static List<IReadOnlyList<string>> BuildPairs()
    {
        var pairs = new List<IReadOnlyList<string>>
        {
            new[] { "œ", "oe" }, new[] { "æ", "ae" }, new[] { "ß", "ss" }, new[] { "ø", "o" }, new[] { "đ", "d" },
            new[] { "ł", "l" }, new[] { "ı", "i" }, new[] { "’", "'" },
        };
        for (var code = 0x00C0; code <= 0x024F; code++)
        {
            var letter = ((char)code).ToString();
            if (letter != letter.ToLowerInvariant() || pairs.Any(p => p[0] == letter))
            {
                continue;
            }

            var plain = new string([.. letter.Normalize(NormalizationForm.FormD)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
            if (plain != letter && plain.Length > 0 && plain.All(char.IsAscii))
            {
                pairs.Add(new[] { letter, plain });
            }
        }

        return pairs;
    }
}
