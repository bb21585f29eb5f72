using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// Exclusive ownership of a database folder: the file <c>database.lock</c> held open with <see cref="FileShare.None"/>.
/// </summary>
/// <remarks>
/// <para>On Windows the share mode alone keeps other openers out. On Unix, .NET takes an advisory
/// <c>flock(LOCK_EX | LOCK_NB)</c> for <see cref="FileShare.None"/>; flock belongs to the open file description, so a
/// second open fails both from another process and from this one. A process-wide registry of open folders covers
/// the case where .NET's file locking is disabled (DOTNET_SYSTEM_IO_DISABLEFILELOCKING). The operating system drops
/// the lock when the process dies, so a crash never leaves the folder locked; the file itself stays (deleting it on
/// close would let two openers lock two different files).</para>
/// <para>Thread-safe.</para>
/// </remarks>
internal sealed class DatabaseLock : IDisposable
{
    public const string FileName = "database.lock";

    private static readonly HashSet<string> OpenFolders =
        new(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

    private readonly string _folder;
    private FileStream? _stream;
    private int _released;

    private DatabaseLock(string folder, FileStream? stream)
    {
        _folder = folder;
        _stream = stream;
    }

    /// <summary>Locks <paramref name="folder"/> (a full path).</summary>
    /// <exception cref="GraphExplorer.Database.CypherException">DatabaseInUse: another opener holds it.</exception>
    public static DatabaseLock Acquire(string folder) => Take(folder, () =>
    {
        var stream = new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            stream.SetLength(0);
            stream.Write(Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n"));
            stream.Flush();
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    });

    /// <summary>
    /// Locks <paramref name="folder"/> for reading without writing to it: the existing lock file is opened read-only and
    /// shared, which on Unix takes <c>flock(LOCK_SH)</c> (conflicting with a writer's exclusive lock, not with other
    /// readers). A folder without a lock file gets none (creating one would modify the folder); the process-wide
    /// registry still keeps this process from opening it twice.
    /// </summary>
    /// <exception cref="GraphExplorer.Database.CypherException">DatabaseInUse: a writer holds it.</exception>
    public static DatabaseLock AcquireShared(string folder) => Take(folder, () =>
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
    });

    /// <summary>Registers the folder in this process, then opens the lock file; an open that fails means another holder.</summary>
    private static DatabaseLock Take(string folder, Func<FileStream?> open)
    {
        lock (OpenFolders)
        {
            if (!OpenFolders.Add(folder))
            {
                throw StorageErrors.DatabaseInUse(folder);
            }
        }

        try
        {
            return new DatabaseLock(folder, open());
        }
        catch (IOException e)
        {
            Release(folder);
            throw StorageErrors.DatabaseInUse(folder, e);
        }
        catch
        {
            Release(folder);
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Interlocked.Exchange(ref _stream, null)?.Dispose();
            Release(_folder);
        }
    }

    private static void Release(string folder)
    {
        lock (OpenFolders)
        {
            OpenFolders.Remove(folder);
        }
    }
}
