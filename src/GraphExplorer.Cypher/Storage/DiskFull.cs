namespace GraphExplorer.Cypher.Storage;

/// <summary>Recognises a write refused because the disk (or the user's quota) is full, from the operating system's error.</summary>
internal static class DiskFull
{
    private const int Enospc = 28;        // Linux and macOS: No space left on device
    private const int EdquotLinux = 122;  // Linux: Disk quota exceeded
    private const int EdquotMac = 69;     // macOS: Disc quota exceeded
    private const int WindowsDiskFull = unchecked((int)0x80070070);       // ERROR_DISK_FULL
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027); // ERROR_HANDLE_DISK_FULL

    /// <summary>True when <paramref name="error"/> or an exception inside it is such an <see cref="IOException"/>
    /// (.NET gives the raw errno as the HResult on Unix, the Win32 error as an HRESULT on Windows).</summary>
    public static bool Caused(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is IOException io && (OperatingSystem.IsWindows()
                    ? io.HResult is WindowsDiskFull or WindowsHandleDiskFull
                    : io.HResult is Enospc || (OperatingSystem.IsMacOS() ? io.HResult == EdquotMac : io.HResult == EdquotLinux)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="error"/> comes from the files (an I/O or access error, possibly wrapped): the
    /// storage could not write, as opposed to a transaction it refuses (e.g. too large for one record).</summary>
    public static bool IsWriteFault(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is IOException or UnauthorizedAccessException)
            {
                return true;
            }
        }

        return false;
    }
}
