using System.Globalization;
using System.Text;

namespace GraphExplorer.Application.Domain;

/// <summary>
/// The normalisation of the <c>searchText</c> property (cypher/README.md, "Search"): lower case, accents removed from
/// Latin letters only (NFD, combining marks after a Latin letter dropped; Japanese text is kept as is), <c>’</c> →
/// <c>'</c>, dashes (<c>–</c>, <c>—</c>, <c>‐</c>, <c>‑</c>, <c>−</c>) → <c>-</c> as the seed scripts write them,
/// <c>œ</c> → <c>oe</c>, <c>æ</c> → <c>ae</c>, guillemets dropped, whitespace collapsed. The user's search
/// text goes through the same function so that « Université » and "universite" meet.
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var previousIsLatin = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                if (!previousIsLatin)
                {
                    builder.Append(c);
                }

                continue;
            }

            previousIsLatin = IsLatin(c);
            switch (c)
            {
                case '’' or '‘' or 'ʼ':
                    builder.Append('\'');
                    break;
                case '–' or '—' or '‐' or '‑' or '−':
                    builder.Append('-');
                    break;
                case 'œ':
                    builder.Append("oe");
                    break;
                case 'æ':
                    builder.Append("ae");
                    break;
                case '«' or '»':
                    break;
                default:
                    builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    break;
            }
        }

        var recomposed = builder.ToString().Normalize(NormalizationForm.FormC);
        return string.Join(' ', recomposed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The properties that hold an entity's names, in the order their words enter <c>searchText</c>.</summary>
    public static readonly IReadOnlyList<string> NameProperties = ["name", "title", "aliases", "nameFr", "nameOriginal", "nameJa"];

    /// <summary>
    /// The <c>searchText</c> of a node from its stored properties: every name it has (<see cref="NameProperties"/>,
    /// aliases included), so that a change to one name never drops the others from search.
    /// </summary>
    public static string ForNode(IReadOnlyDictionary<string, object?> properties) => Build(Names(properties));

    /// <summary>Every name a node's properties hold (<see cref="NameProperties"/>, aliases included), as given.</summary>
    public static IEnumerable<string> Names(IReadOnlyDictionary<string, object?> properties) =>
        NameProperties.SelectMany(property => properties.GetValueOrDefault(property) switch
        {
            string name => [name],
            IEnumerable<object?> names => names.OfType<string>(),
            _ => [],
        });

    /// <summary>The <c>searchText</c> of an entity: its names normalised, duplicates removed, joined with spaces.</summary>
    public static string Build(IEnumerable<string?> names) =>
        string.Join(' ', names.Select(Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal));

    private static bool IsLatin(char c) => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF';
}
