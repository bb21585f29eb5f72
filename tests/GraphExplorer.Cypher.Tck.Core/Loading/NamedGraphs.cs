using System.Collections.Concurrent;
using System.Text.Json;

namespace GraphExplorer.Cypher.Tck.Loading;

/// <summary>
/// The TCK's named graphs (<c>Given the binary-tree-1 graph</c>), found where the TCK's layout puts them: a
/// <c>graphs</c> folder beside or above the features (<c>tck/graphs/&lt;name&gt;/</c> next to <c>tck/features</c>),
/// whichever folder the runner was given: <c>tck</c>, <c>tck/features</c> or one of its subfolders. Each graph's
/// folder holds its metadata file <c>&lt;name&gt;.json</c>, whose <c>scripts</c> list the Cypher files that build it in
/// order (TCK <c>graphs/named-graphs.adoc</c>); without the metadata, <c>&lt;name&gt;.cypher</c> alone.
/// </summary>
/// <remarks>Thread-safe: scripts are read once per graph and cached.</remarks>
public sealed class NamedGraphs
{
    private readonly IReadOnlyList<string> graphsFolders;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<string>>> scripts = new(StringComparer.Ordinal);

    private NamedGraphs(IReadOnlyList<string> graphsFolders) => this.graphsFolders = graphsFolders;

    /// <summary>
    /// The graphs of the TCK around <paramref name="folder"/>: its own <c>graphs</c> folder, then that of each folder
    /// above it, nearest first; a graph is taken from the first of them that has it.
    /// </summary>
    public static NamedGraphs Around(string folder)
    {
        var candidates = new List<string>();
        for (var at = new DirectoryInfo(Path.GetFullPath(folder)); at is not null; at = at.Parent)
        {
            candidates.Add(Path.Combine(at.FullName, "graphs"));
        }

        return new NamedGraphs(candidates);
    }

    /// <summary>The graphs folders looked in, nearest first (whether or not they exist).</summary>
    public IReadOnlyList<string> Folders => graphsFolders;

    /// <summary>The Cypher scripts that build the graph <paramref name="name"/>, in the order they must run.</summary>
    /// <exception cref="TckLoadException">No graphs folder has the graph, or its metadata names a missing script;
    /// the message names every place tried.</exception>
    public IReadOnlyList<string> ScriptsOf(string name) =>
        scripts.GetOrAdd(name, key => new Lazy<IReadOnlyList<string>>(() => Read(key))).Value;

    private IReadOnlyList<string> Read(string name)
    {
        if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name is "." or "..")
        {
            throw new TckLoadException($"'{name}' is not a graph name the TCK could have a folder for.");
        }

        var graphFolder = graphsFolders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(Directory.Exists)
            ?? throw new TckLoadException(
                $"The TCK names a graph '{name}', but no graphs folder has it; looked for a folder '{name}' in: "
                + string.Join(", ", graphsFolders) + ".");

        var metadata = Path.Combine(graphFolder, name + ".json");
        var scriptNames = File.Exists(metadata) ? ScriptNames(metadata) : [name];
        return scriptNames.Select(script => ReadScript(graphFolder, script, metadata)).ToList();
    }

    private static List<string> ScriptNames(string metadataPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(metadataPath));
            if (!document.RootElement.TryGetProperty("scripts", out var list) || list.ValueKind != JsonValueKind.Array
                || list.GetArrayLength() == 0 || list.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
            {
                throw new TckLoadException($"'{metadataPath}' must list the graph's Cypher files as \"scripts\": [\"name\", …].");
            }

            return list.EnumerateArray().Select(item => item.GetString()!).ToList();
        }
        catch (JsonException e)
        {
            throw new TckLoadException($"'{metadataPath}' is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>A script named in the metadata, written with or without its <c>.cypher</c> extension.</summary>
    private static string ReadScript(string graphFolder, string script, string metadataPath)
    {
        var candidates = new[] { Path.Combine(graphFolder, script + ".cypher"), Path.Combine(graphFolder, script) };
        var path = candidates.FirstOrDefault(File.Exists)
            ?? throw new TckLoadException(
                $"The graph script '{script}' (from {(File.Exists(metadataPath) ? $"'{metadataPath}'" : "the graph's name")}) "
                + $"does not exist; looked for {string.Join(" and ", candidates)}.");
        return File.ReadAllText(path);
    }
}
