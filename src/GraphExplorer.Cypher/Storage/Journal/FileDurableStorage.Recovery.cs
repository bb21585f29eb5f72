namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>Recovery: reading back the snapshot and the journals (rules in <see cref="JournalFormat"/>).</summary>
public sealed partial class FileDurableStorage
{
    /// <inheritdoc />
    /// <remarks>
    /// Lazy: batches are read and checked as they are enumerated, and a corruption error is thrown when it is reached.
    /// Enumerating to the end cuts off a torn tail, creates the journal to append to if needed, deletes journals the
    /// snapshot made obsolete, and enables writing. May be called once.
    /// </remarks>
    public IEnumerable<IReadOnlyList<GraphMutation>> Recover()
    {
        ObjectDisposedException.ThrowIf(_lock is null, this);
        if (_recovery != RecoveryState.NotStarted)
        {
            throw new InvalidOperationException("Recover() may be called only once per open.");
        }

        _recovery = RecoveryState.Running;
        return RecoverCore();
    }

    private IEnumerable<IReadOnlyList<GraphMutation>> RecoverCore()
    {
        long snapshotLast = 0;
        if (File.Exists(_files.Snapshot))
        {
            var snapshot = ReadSnapshot(_files.Snapshot, out snapshotLast);
            if (snapshot is List<GraphMutation> legacy && !_options.ReadOnly)
            {
                RewriteLegacySnapshot(legacy, snapshotLast);
            }

            yield return snapshot;
        }

        // The journal holding snapshotLast + 1 is the newest whose first sequence is ≤ snapshotLast + 1; any older one
        // holds only transactions the snapshot includes (a crash interrupted the compaction before it deleted them).
        var journals = _files.ListJournals();
        var start = journals.FindLastIndex(j => j.FirstSequence <= snapshotLast + 1);
        if (journals.Count > 0 && start < 0)
        {
            throw StorageErrors.Corruption(StorageErrors.SequenceGap, journals[0].Path, 0,
                $"the journal starts at transaction {journals[0].FirstSequence} but the snapshot ends at {snapshotLast}: "
                + "the transactions between are missing");
        }

        var next = snapshotLast + 1;
        for (var i = Math.Max(start, 0); i < journals.Count; i++)
        {
            var (first, path) = journals[i];
            if (i > start && first != next)
            {
                throw StorageErrors.Corruption(StorageErrors.SequenceGap, path, 0,
                    $"the journal starts at transaction {first} but the previous journal ends at {next - 1}");
            }

            var isNewest = i == journals.Count - 1;
            long tornAt = -1;
            string tornReason = "";
            long records = 0;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16))
            {
                if (FileHeader.Read(stream, path, JournalFormat.JournalMagic) != first)
                {
                    throw StorageErrors.Corruption(StorageErrors.BadFileHeader, path, 12,
                        $"the header's first transaction differs from the file name's {first}");
                }

                var reader = new RecordFileReader(stream, path);
                next = first;
                while (true)
                {
                    var status = reader.ReadNext(tolerateTornTail: isNewest);
                    if (status == RecordStatus.End)
                    {
                        break;
                    }

                    if (status == RecordStatus.TornTail)
                    {
                        tornAt = reader.CurrentOffset;
                        tornReason = reader.TornReason;
                        break;
                    }

                    if (reader.Current.Sequence != next)
                    {
                        throw StorageErrors.Corruption(StorageErrors.SequenceGap, path, reader.CurrentOffset,
                            $"the record holds transaction {reader.Current.Sequence} where {next} was expected");
                    }

                    next++;
                    records++;
                    if (reader.Current.Sequence > snapshotLast)
                    {
                        yield return DecodeTransaction(reader);
                    }
                }
            }

            if (tornAt >= 0)
            {
                CutTornTail(path, tornAt, tornReason);
            }

            if (isNewest)
            {
                _journalFirstSequence = first;
                _journalRecords = records;
            }
        }

        FinishRecovery(journals, start, snapshotLast, next);
    }

    /// <summary>Sets up the journal to append to and removes obsolete journals: the last step of a complete recovery.</summary>
    private void FinishRecovery(List<(long FirstSequence, string Path)> journals, int start, long snapshotLast, long next)
    {
        _lastSequence = Math.Max(snapshotLast, next - 1);
        var recorded = CommitManifest.Read(Folder, out var manifestDamaged);
        if (manifestDamaged)
        {
            _warn($"{CommitManifest.FileName} in {Folder} is damaged: whether the journal lost its last transactions cannot be told");
        }
        else if (recorded > _lastSequence)
        {
            _warn($"the journal ends at transaction {_lastSequence} but transaction {recorded} was committed: "
                + $"{recorded - _lastSequence} committed transaction(s) are missing (the journal was cut or damaged); "
                + $"the database opens as of transaction {_lastSequence} (folder {Folder})");
        }

        if (_options.ReadOnly)
        {
            _recovery = RecoveryState.Done;
            return;
        }

        // From here on the manifest counts from what the journal holds (the loss, if any, was reported above).
        _manifest = CommitManifest.Create(Folder, _lastSequence);
        var obsolete = journals.Take(Math.Max(start, 0)).Select(j => j.Path).ToList();
        if (journals.Count > 0 && next == _lastSequence + 1)
        {
            _journal = OpenJournalForAppend(journals[^1].Path);
        }
        else
        {
            // No journal yet, or the newest ends before the snapshot (its records are all in the snapshot).
            if (journals.Count > 0)
            {
                obsolete.Add(journals[^1].Path);
            }

            _journal = CreateJournal(_lastSequence + 1, hook: null);
            _journalFirstSequence = _lastSequence + 1;
            _journalRecords = 0;
        }

        if (obsolete.Count > 0)
        {
            foreach (var path in obsolete)
            {
                File.Delete(path);
            }

            SyncFolder();
        }

        Volatile.Write(ref _journalBytes, _journal.Position);
        _recovery = RecoveryState.Done;
        StorageMetrics.Register(this);
    }

    private void CutTornTail(string path, long offset, string reason)
    {
        if (_options.ReadOnly)
        {
            _warn($"{Path.GetFileName(path)}: a torn or damaged record at byte offset {offset} ({reason}) is not read; "
                + $"left in place by this read-only open, the next writable open drops it (file {path})");
            return;
        }

        long length;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0))
        {
            length = stream.Length;
            stream.SetLength(offset);
            stream.Flush(flushToDisk: true);
        }

        _warn($"{Path.GetFileName(path)}: dropped a torn record at byte offset {offset} ({length - offset} bytes; {reason}), "
            + $"the remains of a write interrupted by a crash (file {path})");
    }

    private static List<GraphMutation> DecodeTransaction(RecordFileReader reader)
    {
        try
        {
            return MutationCodec.ReadTransaction(reader.CurrentPayload);
        }
        catch (PayloadFormatException e)
        {
            throw StorageErrors.Corruption(StorageErrors.UndecodablePayload, reader.Path, reader.CurrentPayloadOffset + e.Offset,
                $"transaction {reader.Current.Sequence} does not decode: {e.Reason}", e);
        }
    }

    /// <summary>
    /// Rewrites a snapshot of format version 1 (a list of mutations) as version 2, so that the next open reads it as
    /// columns: steps 1 and 2 of a compaction with the same last sequence, so a crash at any point leaves either file
    /// whole. A failure (a full disk) leaves the old snapshot, which still opens, and is reported as a warning.
    /// </summary>
    private void RewriteLegacySnapshot(List<GraphMutation> mutations, long lastSequence)
    {
        try
        {
            WriteSnapshot(_files.SnapshotTemporary, lastSequence, mutations, hook: null);
            File.Move(_files.SnapshotTemporary, _files.Snapshot, overwrite: true);
            SyncFolder();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(_files.SnapshotTemporary);
            _warn($"{DatabaseFiles.SnapshotFileName} (format version 1) could not be rewritten in format version 2 ({e.Message}); "
                + $"it still opens, more slowly; the next compaction writes version 2 (folder {Folder})");
        }
    }

    /// <summary>
    /// Reads a whole snapshot; any damage is corruption, since snapshots are renamed into place only when complete.
    /// Version 1 gives a list of mutations, version 2 a <see cref="CompactSnapshot"/>.
    /// </summary>
    private static IReadOnlyList<GraphMutation> ReadSnapshot(string path, out long lastSequence)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        lastSequence = FileHeader.Read(stream, path, JournalFormat.SnapshotMagic, JournalFormat.SnapshotFormatVersion, out var version);
        if (lastSequence < 0)
        {
            throw StorageErrors.Corruption(StorageErrors.BadSnapshot, path, 12, $"negative last transaction {lastSequence}");
        }

        var reader = new RecordFileReader(stream, path);
        var mutations = new List<GraphMutation>();
        var compact = version >= 2 ? new CompactSnapshotReader(path) : null;
        long chunk = 1;
        while (true)
        {
            var status = reader.ReadNext(tolerateTornTail: false);
            if (status == RecordStatus.End)
            {
                throw StorageErrors.Corruption(StorageErrors.BadSnapshot, path, reader.CurrentOffset,
                    "the snapshot ends without its end chunk");
            }

            if (reader.Current.Sequence != chunk)
            {
                throw StorageErrors.Corruption(StorageErrors.SequenceGap, path, reader.CurrentOffset,
                    $"snapshot chunk {reader.Current.Sequence} where chunk {chunk} was expected");
            }

            chunk++;
            if (ReadSnapshotChunk(reader, mutations, compact))
            {
                break;
            }
        }

        if (reader.ReadNext(tolerateTornTail: false) != RecordStatus.End)
        {
            throw StorageErrors.Corruption(StorageErrors.BadSnapshot, path, reader.CurrentOffset,
                "records follow the snapshot's end chunk");
        }

        return compact is null ? mutations : compact.Finish();
    }

    /// <summary>Decodes one snapshot chunk into <paramref name="mutations"/> (version 1) or <paramref name="compact"/>
    /// (version 2); true for the end chunk.</summary>
    private static bool ReadSnapshotChunk(RecordFileReader reader, List<GraphMutation> mutations, CompactSnapshotReader? compact)
    {
        try
        {
            var payload = new PayloadReader(reader.CurrentPayload);
            var kind = payload.ReadByte();
            switch (kind)
            {
                case JournalFormat.SnapshotEndChunk:
                    var total = payload.ReadVarUInt64();
                    payload.ExpectEnd("the snapshot end chunk");
                    var read = compact?.Count ?? mutations.Count;
                    return total == (ulong)read
                        ? true
                        : throw StorageErrors.Corruption(StorageErrors.BadSnapshot, reader.Path, reader.CurrentOffset,
                            $"the end chunk counts {total} mutations but the chunks hold {read}");
                case JournalFormat.SnapshotDataChunk when compact is null:
                    mutations.AddRange(MutationCodec.ReadMutations(ref payload));
                    payload.ExpectEnd("the snapshot chunk");
                    return false;
                case var _ when compact is not null:
                    compact.Read(kind, ref payload);
                    return false;
                default:
                    throw new PayloadFormatException($"unknown snapshot chunk kind {kind}", 0);
            }
        }
        catch (PayloadFormatException e)
        {
            throw StorageErrors.Corruption(StorageErrors.UndecodablePayload, reader.Path, reader.CurrentPayloadOffset + e.Offset,
                $"snapshot chunk {reader.Current.Sequence} does not decode: {e.Reason}", e);
        }
    }
}
