using System.Text.RegularExpressions;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// The GraphQL documents of the web client, read from <c>client/src/api/queries.ts</c> at run time so the benchmark
/// sends exactly what the explorer sends: each <c>const NAME = /* GraphQL */ `…`;</c> template with its
/// <c>${FRAGMENT}</c> placeholders replaced by the other constants.
/// </summary>
internal static partial class ClientQueries
{
    public static string Read(string repositoryRoot, string name)
    {
        var path = Path.Combine(repositoryRoot, "client", "src", "api", "queries.ts");
        // In file order, each constant with its placeholders replaced by the constants above it, which are resolved
        // already: a fragment may include another (CITATION_FIELDS includes PARTIAL_DATE_FIELDS).
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Constant().Matches(File.ReadAllText(path)))
        {
            var constant = match.Groups["name"].Value;
            constants[constant] = Placeholder().Replace(match.Groups["body"].Value, m => constants.TryGetValue(m.Groups[1].Value, out var fragment)
                ? fragment
                : throw new InvalidOperationException($"{path}: {constant} uses {m.Groups[1].Value}, not a GraphQL constant above it"));
        }

        return constants.TryGetValue(name, out var body) ? body.Trim() : throw new InvalidOperationException($"{path}: no GraphQL constant {name}");
    }

    [GeneratedRegex(@"const (?<name>[A-Z_]+) = /\* GraphQL \*/ `(?<body>[^`]*)`;")]
    private static partial Regex Constant();

    [GeneratedRegex(@"\$\{([A-Z_]+)\}")]
    private static partial Regex Placeholder();
}
