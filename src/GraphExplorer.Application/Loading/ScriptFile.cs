using System.Security.Cryptography;
using System.Text;

namespace GraphExplorer.Application.Loading;

/// <summary>A Cypher script to load: its name (as recorded in the database), its text and the checksum of that text.</summary>
/// <param name="Name">The file name, e.g. <c>100_luxembourg.cypher</c>: what identifies an applied script.</param>
/// <param name="Path">Where it was read from, for messages.</param>
public sealed record ScriptFile(string Name, string Path, string Text, string Checksum)
{
    /// <summary>Reads a script. The checksum ignores line-ending style so a checkout on another OS is not "changed".</summary>
    public static ScriptFile Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        return FromText(System.IO.Path.GetFileName(path), path, text);
    }

    public static ScriptFile FromText(string name, string path, string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
        return new ScriptFile(name, path, normalized, checksum);
    }

    /// <summary>
    /// Expands files and folders into the scripts to load, in order: a folder contributes its <c>*.cypher</c> files
    /// sorted by name (ordinal), which is how the numbered scripts in cypher/ are ordered.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path names neither a file nor a folder.</exception>
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
