using System.Text.Json;
using GraphExplorer.Application.Stewardship;

namespace GraphExplorer.Server.Access;

/// <summary>
/// The steward keys file (<c>Stewards:KeysFile</c>, default <c>data/stewards.json</c>): <c>{ "Keys": [{ "Name", "Hash",
/// "Salt" }] }</c>, as <c>steward-key &lt;name&gt; --add</c> writes it. The server looks at the file's time and size at
/// each steward verification and reads it again when they changed, so a key added or removed counts from the next
/// request, without a restart (a file that cannot be read or holds an invalid entry is logged, and the keys read before
/// stay). Only salted hashes are in it; it is written readable by its owner only. Thread-safe: concurrent checks may
/// read the file twice, never half.
/// </summary>
internal sealed class StewardKeysFile(string path, ILogger? logger = null)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly Lock gate = new();
    private (DateTime Written, long Length)? seen;

    public string Path => path;

    /// <summary>The file's entries when it changed since the last call (an empty list once it is gone), else null.</summary>
    public IReadOnlyList<StewardKeyEntry>? ChangedEntries()
    {
        var file = new FileInfo(path);
        (DateTime, long)? now = file.Exists ? (file.LastWriteTimeUtc, file.Length) : null;
        lock (gate)
        {
            if (now == seen)
            {
                return null;
            }

            seen = now;
        }

        if (now is null)
        {
            return [];
        }

        try
        {
            var entries = Read(path);
            StewardKeyVerifier.Parse(entries, $"{path}: Keys");
            logger?.LogInformation("Steward keys read from {Path}: {Count} key(s).", path, entries.Count);
            return entries;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or ArgumentException)
        {
            logger?.LogError("The steward keys file {Path} cannot be used, the keys read before stay: {Message}", path, exception.Message);
            return null;
        }
    }

    /// <exception cref="JsonException">The file is not a keys file.</exception>
    public static IReadOnlyList<StewardKeyEntry> Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<StewardSettings>(stream)?.Keys ?? [];
    }

    /// <summary>Adds <paramref name="entry"/> to the file (made, with its folder, when missing), replacing an entry of the
    /// same name. Written beside it and moved over it, so a server never reads half a file.</summary>
    public static void Add(string path, StewardKeyEntry entry)
    {
        var keys = File.Exists(path) ? [.. Read(path)] : new List<StewardKeyEntry>();
        keys.RemoveAll(k => k.Name == entry.Name);
        keys.Add(entry);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var temporary = path + ".partial";
        using (var stream = OperatingSystem.IsWindows()
            ? File.Create(temporary)
            : new FileStream(temporary, new FileStreamOptions
            {
                Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            }))
        {
            JsonSerializer.Serialize(stream, new { Keys = keys.Select(k => new { k.Name, k.Hash, k.Salt }) }, Json);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
