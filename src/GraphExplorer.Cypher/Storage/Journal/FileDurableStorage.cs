namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// The durable storage of the embedded database: a folder with an append-only, checksummed journal of committed
/// transactions and a snapshot that compaction writes to keep recovery short. The file format and the crash-safety
/// argument are described in <see cref="JournalFormat"/>.
/// </summary>
/// <remarks>
/// <para>Not thread-safe: the store serialises calls (one writer at a time), as <see cref="IDurableStorage"/> states.</para>
/// <para>Lifecycle: <see cref="Open"/> locks the folder; <see cref="Recover"/> must be enumerated to its end once before
/// <see cref="Append"/> or <see cref="Compact"/> (recovery finds where the journal ends and cuts off a torn tail);
/// <see cref="Dispose"/> closes the files and releases the lock.</para>
/// <para>Failures: when writing a record fails (say, on a full disk), what reached the journal is cut off again and the
/// error is rethrown: the transaction is not committed and the next append may succeed once there is room. If that cut
/// fails too, or a compaction fails after something reached the files, the storage stops accepting writes (every later
/// call throws a DatabaseError); reopening recovers the committed state. Invalid input
/// (a value that cannot be stored) is refused with an <see cref="ArgumentException"/> before anything is written.</para>
/// </remarks>
public sealed partial class FileDurableStorage : IDurableStorage
{
    private readonly DatabaseFiles _files;
    private readonly FileDurableStorageOptions _options;
    private readonly Action<string> _warn;
    private const int RetainedBufferBytes = 1 << 20;
    private PayloadWriter _writer = new(4096);
    private DatabaseLock? _lock;
    private CommitManifest? _manifest;
    private bool _warnedAboutManifest;
    private RecoveryState _recovery;
    private Exception? _failure;
    private bool _warnedAboutDirectorySync;

    // The journal appended to, known once recovery has finished.
    private FileStream? _journal;
    private long _journalFirstSequence;
    private long _journalRecords;
    private long _lastSequence;

    // What StorageMetrics reports, read from the metrics collector's thread: written by the one writer, read volatile.
    private long _journalBytes;
    private long _compactionsCompleted;
    private long _compactionsFailed;

    // After a compaction failed without harm (say, a full disk), ShouldCompact waits for the journal to grow by another
    // eighth of its limits before asking again, so that a store compacting after each commit does not fail every commit.
    private long _retryCompactionAtBytes;
    private long _retryCompactionAtRecords;

    private FileDurableStorage(DatabaseFiles files, DatabaseLock databaseLock, FileDurableStorageOptions options, Action<string>? warn)
    {
        _files = files;
        _lock = databaseLock;
        _options = options;
        _warn = warn ?? (_ => { });
    }

    private enum RecoveryState
    {
        NotStarted,
        Running,
        Done,
    }

    /// <summary>The database folder (a full path).</summary>
    public string Folder => _files.Folder;

    /// <summary>Sequence number of the last committed transaction (0 when none); valid once recovery has finished.</summary>
    public long LastSequence => _lastSequence;

    /// <summary>Bytes of the journal being appended to (see <see cref="StorageMetrics"/>).</summary>
    internal long JournalBytes => Volatile.Read(ref _journalBytes);

    /// <summary>Transactions appended since the last compaction (see <see cref="StorageMetrics"/>).</summary>
    internal long JournalTransactions => Volatile.Read(ref _journalRecords);

    internal long CompactionsCompleted => Volatile.Read(ref _compactionsCompleted);

    internal long CompactionsFailed => Volatile.Read(ref _compactionsFailed);

    /// <inheritdoc />
    public bool ShouldCompact =>
        _recovery == RecoveryState.Done && _failure is null && _journal is not null
        && (_journal.Position >= Math.Max(_options.MaxJournalBytes, _retryCompactionAtBytes)
            || _journalRecords >= Math.Max(_options.MaxJournalRecords, _retryCompactionAtRecords));

    /// <summary>
    /// Opens (creating it if missing) the database in <paramref name="folder"/> and locks it for this instance.
    /// Deletes the temporary files an interrupted compaction may have left.
    /// </summary>
    /// <param name="warn">Receives warnings, such as a torn last record being dropped during recovery.</param>
    /// <exception cref="GraphExplorer.Database.CypherException">DatabaseInUse: another process or instance has the folder open.</exception>
    public static FileDurableStorage Open(string folder, FileDurableStorageOptions? options = null, Action<string>? warn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        options ??= new FileDurableStorageOptions();
        if (options.MaxJournalBytes <= 0 || options.MaxJournalRecords <= 0 || options.SnapshotChunkBytes <= 0)
        {
            throw new ArgumentException("Journal limits and the snapshot chunk size must be positive.", nameof(options));
        }

        var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (options.ReadOnly)
        {
            return Directory.Exists(fullPath)
                ? new FileDurableStorage(new DatabaseFiles(fullPath), DatabaseLock.AcquireShared(fullPath), options, warn)
                : throw StorageErrors.Missing(fullPath);
        }

        if (!Directory.Exists(fullPath))
        {
            // A new folder's own entry must be durable too, or a crash could lose the whole database with it.
            Directory.CreateDirectory(fullPath);
            if (Path.GetDirectoryName(fullPath) is { } parent)
            {
                DirectorySync.TryFlush(parent);
            }
        }

        var databaseLock = DatabaseLock.Acquire(fullPath);
        try
        {
            var files = new DatabaseFiles(fullPath);
            foreach (var temporary in files.ListTemporaryFiles())
            {
                File.Delete(temporary);
            }

            return new FileDurableStorage(files, databaseLock, options, warn);
        }
        catch
        {
            databaseLock.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Append(IReadOnlyList<GraphMutation> transaction)
    {
        EnsureWritable();
        // The record is built in one buffer (header space reserved, filled in once the payload is known) and written
        // with one call, so the file grows by whole records unless the process dies inside that call.
        _writer.Clear();
        _writer.Skip(JournalFormat.RecordHeaderSize);
        MutationCodec.WriteTransaction(_writer, transaction);
        var payloadLength = _writer.Length - JournalFormat.RecordHeaderSize;
        if (payloadLength > JournalFormat.MaxPayloadLength)
        {
            throw new ArgumentException(
                $"The transaction encodes to {payloadLength} bytes, more than a journal record holds ({JournalFormat.MaxPayloadLength}).",
                nameof(transaction));
        }

        var sequence = _lastSequence + 1;
        var record = _writer.WrittenSpanForUpdate;
        RecordHeader.Write(record[..JournalFormat.RecordHeaderSize], sequence, record[JournalFormat.RecordHeaderSize..]);
        var lengthBefore = _journal!.Position;
        try
        {
            if (_options.JournalWriteFaultInjector is { } inject)
            {
                inject(_journal, record.ToArray());
            }
            else
            {
                _journal.Write(record);
            }

            _journal.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && CutBackTo(lengthBefore))
        {
            // The journal is as it was before this record (say, on a full disk): the transaction is not committed, and
            // the next one may be written once there is room. The caller reports the error (GraphStore: DiskFull).
            throw;
        }
        catch (Exception e)
        {
            _failure = e;
            throw StorageErrors.Failed(Folder, e);
        }
        finally
        {
            ReleaseLargeBuffer();
        }

        _lastSequence = sequence;
        Volatile.Write(ref _journalRecords, _journalRecords + 1);
        Volatile.Write(ref _journalBytes, _journal.Position);
        RecordInManifest(sequence);
    }

    /// <summary>Cuts off what a failed append left after <paramref name="length"/> (a part of a record), durably; false
    /// when that fails too, and the journal may then end in a torn record (the next open drops it).</summary>
    private bool CutBackTo(long length)
    {
        try
        {
            _journal!.SetLength(length);
            _journal.Seek(length, SeekOrigin.Begin);
            _journal.Flush(flushToDisk: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Records a commit in the manifest. The transaction is durable already, so a failure here is only warned about.</summary>
    private void RecordInManifest(long sequence)
    {
        try
        {
            _manifest?.Record(sequence);
        }
        catch (IOException e)
        {
            if (!_warnedAboutManifest)
            {
                _warnedAboutManifest = true;
                _warn($"{CommitManifest.FileName} could not be written ({e.Message}); a later cut of the journal may go unnoticed");
            }
        }
    }

    public void Dispose()
    {
        StorageMetrics.Unregister(this);
        _journal?.Dispose();
        _journal = null;
        _manifest?.Dispose();
        _manifest = null;
        _lock?.Dispose();
        _lock = null;
    }

    /// <summary>Drops the encoding buffer after an unusually large transaction rather than keeping its memory for good.</summary>
    private void ReleaseLargeBuffer()
    {
        if (_writer.Capacity > RetainedBufferBytes)
        {
            _writer = new PayloadWriter(4096);
        }
    }

    private void EnsureWritable()
    {
        ObjectDisposedException.ThrowIf(_lock is null, this);
        if (_failure is not null)
        {
            throw StorageErrors.Failed(Folder, _failure);
        }

        if (_options.ReadOnly)
        {
            throw StorageErrors.ReadOnly(Folder);
        }

        if (_recovery != RecoveryState.Done)
        {
            throw new InvalidOperationException("Recover() must be enumerated to its end before the database is written.");
        }
    }

    /// <summary>Makes renames, creations and deletions in the folder durable (see <see cref="DirectorySync"/>).</summary>
    private void SyncFolder()
    {
        if (!DirectorySync.TryFlush(Folder) && !_warnedAboutDirectorySync)
        {
            _warnedAboutDirectorySync = true;
            if (!OperatingSystem.IsWindows())
            {
                _warn($"the folder {Folder} cannot be flushed on this platform; renames rely on the file system's ordering");
            }
        }
    }

    /// <summary>Creates an empty journal whose first record will have <paramref name="firstSequence"/>, durably, and opens it for appending.</summary>
    private FileStream CreateJournal(long firstSequence, Action<CompactionStep>? hook)
    {
        var path = _files.Journal(firstSequence);
        var temporary = path + DatabaseFiles.TemporarySuffix;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(FileHeader.Create(JournalFormat.JournalMagic, firstSequence));
            stream.Flush(flushToDisk: true);
        }

        hook?.Invoke(CompactionStep.NewJournalWritten);
        File.Move(temporary, path, overwrite: false);
        SyncFolder();
        return OpenJournalForAppend(path);
    }

    private static FileStream OpenJournalForAppend(string path)
    {
        // Unbuffered (bufferSize 0): each Write reaches the OS at once and Flush(true) is a plain fsync.
        var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        stream.Seek(0, SeekOrigin.End);
        return stream;
    }
}
