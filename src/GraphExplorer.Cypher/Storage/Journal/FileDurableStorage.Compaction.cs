using System.Diagnostics;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>Compaction: replacing snapshot and journal by a new snapshot (protocol in <see cref="JournalFormat"/>).</summary>
public sealed partial class FileDurableStorage
{
    /// <inheritdoc />
    /// <remarks>
    /// <paramref name="state"/> must build the graph as of the last appended transaction. If the temporary snapshot
    /// cannot be written, it is deleted and the storage stays usable: an unstorable value throws
    /// <see cref="ArgumentException"/>, an I/O failure (a full disk) a DatabaseError with detail CompactionFailed.
    /// After such an I/O failure, <see cref="ShouldCompact"/> stays false until the journal has grown by another eighth
    /// of its limits. A failure after the snapshot was renamed into place stops writes (DatabaseError, StorageFailed)
    /// until the database is reopened. Each compaction's outcome and time are reported (<see cref="StorageMetrics"/>).
    /// </remarks>
    public void Compact(IEnumerable<GraphMutation> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Compact(WriteEach(state));
    }

    private static Action<CompactSnapshotWriter> WriteEach(IEnumerable<GraphMutation> state) => writer =>
    {
        foreach (var mutation in state)
        {
            writer.Write(mutation);
        }
    };

    /// <summary>
    /// Compacts with a state that writes itself into the snapshot (as <see cref="Compact(IEnumerable{GraphMutation})"/>
    /// does), so that a writer holding its graph in another form (the bulk importer: CSV fields) can encode records
    /// straight into the snapshot's chunks through the writer's raw-record entry points.
    /// </summary>
    internal void Compact(Action<CompactSnapshotWriter> writeState)
    {
        var started = Stopwatch.GetTimestamp();
        var completed = false;
        try
        {
            ReplaceSnapshotAndJournal(writeState);
            completed = true;
        }
        finally
        {
            if (completed)
            {
                Volatile.Write(ref _compactionsCompleted, _compactionsCompleted + 1);
            }
            else
            {
                Volatile.Write(ref _compactionsFailed, _compactionsFailed + 1);
            }

            StorageMetrics.RecordCompaction(this, Stopwatch.GetElapsedTime(started), completed);
        }
    }

    private void ReplaceSnapshotAndJournal(Action<CompactSnapshotWriter> writeState)
    {
        EnsureWritable();
        var hook = _options.CompactionFaultInjector;
        var last = _lastSequence;
        try
        {
            WriteSnapshot(_files.SnapshotTemporary, last, writeState, hook);
        }
        catch (SimulatedCrashException e)
        {
            _failure = e;
            throw StorageErrors.Failed(Folder, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(_files.SnapshotTemporary);
            _retryCompactionAtBytes = _journal!.Position + Math.Max(1, _options.MaxJournalBytes / 8);
            _retryCompactionAtRecords = _journalRecords + Math.Max(1, _options.MaxJournalRecords / 8);
            throw StorageErrors.SnapshotNotWritten(Folder, e);
        }
        catch
        {
            TryDelete(_files.SnapshotTemporary);
            throw;
        }

        try
        {
            hook?.Invoke(CompactionStep.SnapshotWritten);
            File.Move(_files.SnapshotTemporary, _files.Snapshot, overwrite: true);
            hook?.Invoke(CompactionStep.SnapshotRenamed);
            SyncFolder();
            hook?.Invoke(CompactionStep.SnapshotDurable);

            // From here the snapshot holds every transaction up to `last`; journals starting at or before it are obsolete.
            if (_journalFirstSequence != last + 1)
            {
                var journal = CreateJournal(last + 1, hook);
                _journal!.Dispose();
                _journal = journal;
                _journalFirstSequence = last + 1;
            }

            Volatile.Write(ref _journalRecords, 0);
            Volatile.Write(ref _journalBytes, _journal!.Position);
            _retryCompactionAtBytes = 0;
            _retryCompactionAtRecords = 0;
            hook?.Invoke(CompactionStep.NewJournalDurable);
            var deleted = false;
            foreach (var (first, path) in _files.ListJournals())
            {
                if (first < last + 1)
                {
                    File.Delete(path);
                    if (!deleted)
                    {
                        deleted = true;
                        hook?.Invoke(CompactionStep.OldJournalDeleted);
                    }
                }
            }

            if (deleted)
            {
                SyncFolder();
            }

            hook?.Invoke(CompactionStep.Completed);
        }
        catch (Exception e)
        {
            _failure = e;
            throw StorageErrors.Failed(Folder, e);
        }
    }

    private void WriteSnapshot(string path, long lastSequence, IEnumerable<GraphMutation> state, Action<CompactionStep>? hook) =>
        WriteSnapshot(path, lastSequence, WriteEach(state), hook);

    private void WriteSnapshot(string path, long lastSequence, Action<CompactSnapshotWriter> writeState, Action<CompactionStep>? hook)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        stream.Write(FileHeader.Create(JournalFormat.SnapshotMagic, lastSequence, JournalFormat.SnapshotFormatVersion));
        long chunk = 0;
        var writer = new CompactSnapshotWriter(_options.SnapshotChunkBytes, (kind, count, body) =>
        {
            WriteChunk(stream, ++chunk, kind, count, body);
            if (chunk == 1)
            {
                hook?.Invoke(CompactionStep.SnapshotPartlyWritten);
            }
        });
        writeState(writer);
        writer.Finish();
        if (chunk == 0)
        {
            hook?.Invoke(CompactionStep.SnapshotPartlyWritten);
        }

        WriteChunk(stream, ++chunk, JournalFormat.SnapshotEndChunk, writer.Total, body: null);
        stream.Flush(flushToDisk: true);
    }

    private void WriteChunk(FileStream stream, long sequence, byte kind, long count, PayloadWriter? body)
    {
        _writer.Clear();
        _writer.WriteByte(kind);
        _writer.WriteVarUInt64((ulong)count);
        if (body is not null)
        {
            _writer.WriteBytes(body.WrittenSpan);
            body.Clear();
        }

        if (_writer.Length > JournalFormat.MaxPayloadLength)
        {
            throw new ArgumentException($"A snapshot chunk encodes to {_writer.Length} bytes, more than a record holds.");
        }

        Span<byte> header = stackalloc byte[JournalFormat.RecordHeaderSize];
        RecordHeader.Write(header, sequence, _writer.WrittenSpan);
        stream.Write(header);
        stream.Write(_writer.WrittenSpan);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the next open, which deletes temporary files.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
