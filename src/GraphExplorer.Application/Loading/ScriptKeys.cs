using System.Text.RegularExpressions;
using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// The entity keys a script names (as string literals: <c>'org:jaxa'</c>, <c>"src:001-…"</c>), recorded with the applied
/// script. Lineage stamps a script's batch only on what its statements changed, so a script that says again, word for
/// word, what another already wrote (a shared organisation, a relationship two articles assert) leaves no batch on it;
/// the keys it names are the record that it asserts those too, which <see cref="ScriptRetraction"/> respects. Reads the
/// script line by line: memory is its distinct keys.
/// </summary>
internal static partial class ScriptKeys
{
    public const string Property = "keys";

    public static IReadOnlyList<string> Named(ScriptFile script)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        using var reader = script.OpenText();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            foreach (Match match in Literal().Matches(line))
            {
                var key = match.Groups["key"].Value;
                if (GraphModel.TypeOfKey(key) is not null)
                {
                    keys.Add(key);
                }
            }
        }

        return [.. keys];
    }

    [GeneratedRegex("""(?<q>['"])(?<key>[a-z]+:[^'"\\\s]+)\k<q>""")]
    private static partial Regex Literal();
}
