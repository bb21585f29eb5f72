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

    /// <summary>The file name, e.g. <c>100_luxembourg.cypher</c>: what identifies an applied script.</summary>
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
    public static ScriptFile Read(string path) =>
        new(System.IO.Path.GetFileName(path), path, ScriptText.Checksum(path), () => ScriptText.Open(path));

    public static ScriptFile FromText(string name, string path, string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
        return new ScriptFile(name, path, checksum, () => new StringReader(normalized));
    }

    /// <summary>
    /// Expands files and folders into the scripts to load, in order: a folder contributes its <c>*.cypher</c> files
    /// sorted by name (ordinal), which is how the numbered scripts in cypher/ are ordered.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path names neither a file nor a folder.</exception>
    /// <exception cref="InvalidDataException">A script is not UTF-8.</exception>
    public static IReadOnlyList<ScriptFile> Collect(IEnumerable<string> paths)
    {
        var scripts = new List<ScriptFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                scripts.AddRange(Directory.GetFiles(path, "*.cypher")
                    .OrderBy(System.IO.Path.GetFileName, StringComparer.Ordinal)
                    .Select(Read));
            }
            else if (File.Exists(path))
            {
                scripts.Add(Read(path));
            }
            else
            {
                throw new FileNotFoundException($"No script or folder of scripts at '{path}'.", path);
            }
        }

        return scripts;
    }
}
