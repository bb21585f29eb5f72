using System.Runtime.InteropServices;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// Flushes a folder's entries (file creations, renames, deletions) to disk.
/// </summary>
/// <remarks>
/// <para>Why: on POSIX file systems a rename or a new file is durable only once the containing directory is fsync'ed;
/// fsync on the file itself does not cover its directory entry. Compaction relies on the order "new snapshot in place"
/// before "old journal gone", so each such step is followed by a directory flush. .NET cannot open a directory as a
/// file handle, hence the P/Invoke of open/fsync/close from the C library (glibc's "libc.so.6", then "libc").</para>
/// <para>On Windows there is no directory fsync: NTFS journals its metadata, and a rename is ordered with respect to
/// the flushed data written before it, which is the guarantee compaction needs. There, and where the C library cannot
/// be loaded, <see cref="TryFlush"/> returns false and the caller warns once. A file system that refuses fsync on a
/// directory (EINVAL) is treated the same way.</para>
/// <para>Thread-safe.</para>
/// </remarks>
internal static partial class DirectorySync
{
    private const int ReadOnly = 0; // O_RDONLY is 0 on Linux and macOS.
    private const int InvalidArgument = 22; // EINVAL on Linux and macOS.

    private static volatile int _mode; // 0 unknown, 1 "libc.so.6", 2 "libc", 3 unavailable.

    /// <summary>Flushes <paramref name="directory"/>; false when the platform offers no way to do so.</summary>
    /// <exception cref="IOException">The directory could not be opened or flushed.</exception>
    public static bool TryFlush(string directory)
    {
        if (OperatingSystem.IsWindows() || _mode == 3)
        {
            return false;
        }

        if (_mode is 0 or 1)
        {
            try
            {
                var flushed = Flush(directory, useVersionedName: true);
                _mode = 1;
                return flushed;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _mode = 2;
            }
        }

        try
        {
            return Flush(directory, useVersionedName: false);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _mode = 3;
            return false;
        }
    }

    private static bool Flush(string directory, bool useVersionedName)
    {
        var fd = useVersionedName ? LibcSo6.Open(directory, ReadOnly) : Libc.Open(directory, ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"cannot open folder {directory} to flush it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            var result = useVersionedName ? LibcSo6.FSync(fd) : Libc.FSync(fd);
            if (result == 0)
            {
                return true;
            }

            var errno = Marshal.GetLastPInvokeError();
            return errno == InvalidArgument
                ? false
                : throw new IOException($"cannot flush folder {directory} (errno {errno})");
        }
        finally
        {
            _ = useVersionedName ? LibcSo6.Close(fd) : Libc.Close(fd);
        }
    }

    private static class LibcSo6
    {
        [DllImport("libc.so.6", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc.so.6", EntryPoint = "fsync", SetLastError = true)]
        public static extern int FSync(int fd);

        [DllImport("libc.so.6", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);
    }

    private static class Libc
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int FSync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);
    }
}
