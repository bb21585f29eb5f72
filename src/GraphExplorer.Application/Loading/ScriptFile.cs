using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.Application.Loading;

/// <summary>
/// A Cypher script to load: its name (as recorded in the database), where it is read from, and the checksum of its text.
/// The text itself is not held: the loader reads it again, forward, each time it goes through the script, so a script of
/// any size costs the memory of one statement (see <see cref="ScriptLoader"/>).
/// </summary>
/// <remarks>Thread-safe: each <see cref="OpenText"/> gives a reader of its own.</remarks>
public sealed class ScriptFile
{
    private readonly Func<TextReader> open;

    private ScriptFile(string name, string path, string checksum, Func<TextReader> open)
    {
        Name = name;
        Path = path;
        Checksum = checksum;
        this.open = open;
    }

    /// <summary>
    /// What identifies an applied script: its path relative to the load root with <c>/</c> between folders, e.g.
    /// <c>100_luxembourg.cypher</c> or <c>2025/310_kumamoto.cypher</c>, so two scripts of one name in different folders
    /// stay apart and a script loaded alone or with its folder is the same script (see <see cref="Collect"/>).
    /// </summary>
    public string Name { get; }

    /// <summary>Where it was read from, for messages.</summary>
    public string Path { get; }

    /// <summary>SHA-256 (lower-case hex) of the text's UTF-8 bytes with line endings made <c>\n</c>.</summary>
    public string Checksum { get; }

    /// <summary>A new reader of the script's text, from its start. The caller disposes it.</summary>
    public TextReader OpenText() => open();

    /// <summary>
    /// Reads a script's checksum (one pass over the file, in bounded memory). The checksum ignores line-ending style so a
    /// checkout on another OS is not "changed".
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not UTF-8 (the message gives the byte offset).</exception>
    public static ScriptFile Read(string path) => Read(path, System.IO.Path.GetFileName(path));

    /// <inheritdoc cref="Read(string)"/>
    /// <param name="name">What identifies the script once applied (<see cref="Name"/>).</param>
    public static ScriptFile Read(string path, string name) =>
        new(name, path, ScriptText.Checksum(path), () => ScriptText.Open(path));

    public static ScriptFile FromText(string name, string path, string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
        return new ScriptFile(name, path, checksum, () => new StringReader(normalized));
    }

    /// <summary>
    /// Expands files and folders into the scripts to load, in order: a folder contributes its <c>*.cypher</c> files and
    /// those of its subfolders, sorted by their path relative to it (ordinal, <c>/</c> between folders), which is how the
    /// numbered scripts in cypher/ are ordered. Each script is named by its path relative to <paramref name="root"/>
    /// when it lies there (the product's script folder: <c>load cypher/100_x.cypher</c> and <c>load cypher/</c> name
    /// it alike), otherwise relative to the folder given, or by its file name when given alone.
    /// </summary>
    /// <param name="root">The load root, e.g. the repository's <c>cypher/</c> folder; null when there is none.</param>
    /// <exception cref="FileNotFoundException">A path names neither a file nor a folder.</exception>
    /// <exception cref="InvalidDataException">A script is not UTF-8.</exception>
    public static IReadOnlyList<ScriptFile> Collect(IEnumerable<string> paths, string? root = null)
    {
        var scripts = new List<ScriptFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                scripts.AddRange(Directory.GetFiles(path, "*.cypher", SearchOption.AllDirectories)
                    .Select(file => (File: file, Within: RelativeName(path, file)))
                    .OrderBy(script => script.Within, StringComparer.Ordinal)
                    .Select(script => Read(script.File, NameUnder(root, script.File) ?? script.Within)));
            }
            else if (File.Exists(path))
            {
                scripts.Add(Read(path, NameUnder(root, path) ?? System.IO.Path.GetFileName(path)));
            }
            else
            {
                throw new FileNotFoundException($"No script or folder of scripts at '{path}'.", path);
            }
        }

        return scripts;
    }

    /// <summary>The file's path relative to <paramref name="root"/> when it lies inside it, otherwise null.</summary>
    private static string? NameUnder(string? root, string file)
    {
        if (root is null)
        {
            return null;
        }

        var relative = RelativeName(root, file);
        var outside = relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative);
        return outside ? null : relative;
    }

    private static string RelativeName(string folder, string file) =>
        System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/');
}
