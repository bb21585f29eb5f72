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
        var constants = Constant().Matches(File.ReadAllText(path)).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);
        if (!constants.TryGetValue(name, out var body))
        {
            throw new InvalidOperationException($"{path}: no GraphQL constant {name}");
        }

        return Placeholder().Replace(body, m => constants.TryGetValue(m.Groups[1].Value, out var fragment)
            ? fragment
            : throw new InvalidOperationException($"{path}: {name} uses unknown constant {m.Groups[1].Value}")).Trim();
    }

    [GeneratedRegex(@"const (?<name>[A-Z_]+) = /\* GraphQL \*/ `(?<body>[^`]*)`;")]
    private static partial Regex Constant();

    [GeneratedRegex(@"\$\{([A-Z_]+)\}")]
    private static partial Regex Placeholder();
}
