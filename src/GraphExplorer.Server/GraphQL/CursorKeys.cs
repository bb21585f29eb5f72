using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Application.Listing;
using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// The key that signs Relay cursors (see <see cref="CursorCodec"/>): <c>GraphQL:CursorKey</c> when set (base64, at
/// least 32 bytes; give every server behind one address the same), else a random key kept in
/// <c>GraphQL:CursorKeyFile</c>, made on the first start and read on the next ones, so that cursors a client holds keep
/// working across restarts. When that file can be neither read nor made, the process's own key is used and a warning
/// says cursors will not survive a restart; a file that holds no key is an error naming it.
/// </summary>
internal static class CursorKeys
{
    public const int MinimumBytes = 32;

    public static CursorCodec Create(GraphQLHttpOptions options, ProductLayout layout, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.CursorKey))
        {
            return new CursorCodec(Parse(options.CursorKey, "GraphQL:CursorKey"));
        }

        var path = layout.Resolve(options.CursorKeyFile);
        try
        {
            return new CursorCodec(ReadOrCreate(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(
                "The cursor key file {Path} can be neither read nor made ({Message}): cursors are signed with this process's key and stop working at a restart. Set GraphQL:CursorKey or GraphQL:CursorKeyFile.",
                path, e.Message);
            return CursorCodec.Process;
        }
    }

    /// <summary>The key in the file, or a new one written there. Servers starting together agree: the first to move its
    /// file into place wins, the others read it.</summary>
    private static byte[] ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Parse(File.ReadAllText(path), path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(MinimumBytes);
        var draft = $"{path}.{Guid.NewGuid():N}.tmp";
        var access = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            access.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(draft, access))
        {
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key) + "\n"));
        }

        try
        {
            File.Move(draft, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(draft);
            return Parse(File.ReadAllText(path), path);
        }
    }

    private static byte[] Parse(string text, string where)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{where}: the cursor key is not base64 (make one with `openssl rand -base64 32`).");
        }

        return key.Length >= MinimumBytes
            ? key
            : throw new InvalidOperationException($"{where}: the cursor key has {key.Length} bytes; it needs at least {MinimumBytes} (`openssl rand -base64 32`).");
    }
}
