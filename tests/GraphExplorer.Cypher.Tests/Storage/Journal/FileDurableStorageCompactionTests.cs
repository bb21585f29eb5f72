using System.Collections.Immutable;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;
using GraphExplorer.Database;
using static GraphExplorer.Cypher.Tests.Storage.Journal.StorageTestHelpers;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

public sealed class FileDurableStorageCompactionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Compaction_then_reopen_gives_the_state_before_compaction_as_one_snapshot_batch()
    {
        var state = new List<GraphMutation>();
        using (var storage = OpenRecovered(_folder.Path))
        {
            state.AddRange(SampleMutations.EveryMutation());
            storage.Append(SampleMutations.EveryMutation());
            for (var n = 2; n <= 5; n++)
            {
                storage.Append(SampleMutations.Transaction(n));
                state.AddRange(SampleMutations.Transaction(n));
            }

            storage.Compact(state);
        }

        var recovered = Reopen(_folder.Path);

        recovered.Should().ContainSingle();
        MutationText.Of(recovered[0]).Should().Equal(MutationText.Of(state));
        JournalNames().Should().Equal("journal-00000000000000000006.gxj");
        File.Exists(_folder.File(DatabaseFiles.SnapshotFileName)).Should().BeTrue();
    }

    [Fact]
    public void Transactions_after_a_compaction_follow_the_snapshot()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Append(SampleMutations.Transaction(1));
            storage.Append(SampleMutations.Transaction(2));
            storage.Compact(All(1, 2));
            storage.Append(SampleMutations.Transaction(3));
        }

        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.LastSequence.Should().Be(3);
            storage.Append(SampleMutations.Transaction(4));
        }

        var recovered = Reopen(_folder.Path);
        MutationText.Of(recovered[0]).Should().Equal(MutationText.Of(All(1, 2)));
        MutationText.OfBatches(recovered.Skip(1)).Should().Equal(Expected(3, 4));
    }

    [Fact]
    public void Compacting_twice_without_appends_keeps_the_same_journal()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Append(SampleMutations.Transaction(1));
            storage.Compact(All(1, 1));
            storage.Compact(All(1, 1));
            storage.Append(SampleMutations.Transaction(2));
        }

        JournalNames().Should().Equal("journal-00000000000000000002.gxj");
        MutationText.Of(Reopen(_folder.Path).SelectMany(b => b)).Should().Equal(MutationText.Of(All(1, 2)));
    }

    [Fact]
    public void An_empty_database_can_be_compacted()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Compact([]);
        }

        var recovered = Reopen(_folder.Path);
        recovered.Should().ContainSingle().Which.Should().BeEmpty();
    }

    [Fact]
    public void A_large_snapshot_is_written_in_checksummed_chunks()
    {
        var options = new FileDurableStorageOptions { SnapshotChunkBytes = 64 };
        var state = Enumerable.Range(1, 200).SelectMany(n => SampleMutations.Transaction(n)).ToList();
        using (var storage = OpenRecovered(_folder.Path, options))
        {
            storage.Compact(state);
        }

        new FileInfo(_folder.File(DatabaseFiles.SnapshotFileName)).Length.Should().BeGreaterThan(100 * JournalFormat.RecordHeaderSize);
        MutationText.Of(Reopen(_folder.Path)[0]).Should().Equal(MutationText.Of(state));
    }

    [Fact]
    public void A_damaged_snapshot_is_corruption_naming_the_snapshot_and_offset()
    {
        using (var storage = OpenRecovered(_folder.Path, new FileDurableStorageOptions { SnapshotChunkBytes = 64 }))
        {
            storage.Compact(Enumerable.Range(1, 20).SelectMany(n => SampleMutations.Transaction(n)));
        }

        var path = _folder.File(DatabaseFiles.SnapshotFileName);
        var original = File.ReadAllBytes(path);
        var random = new Random(7);
        for (var round = 0; round < 40; round++)
        {
            var damaged = (byte[])original.Clone();
            var offset = random.Next(damaged.Length);
            damaged[offset] ^= (byte)(1 << random.Next(8));
            File.WriteAllBytes(path, damaged);

            var act = () => Reopen(_folder.Path);

            act.Should().Throw<CypherException>($"damage at {offset}")
                .Where(e => e.Kind == CypherErrorKind.StorageCorruption)
                .WithMessage($"storage corruption in {DatabaseFiles.SnapshotFileName} at byte offset *");
        }
    }

    [Fact]
    public void A_truncated_snapshot_is_corruption_not_a_torn_tail()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Append(SampleMutations.Transaction(1));
            storage.Compact(All(1, 1));
        }

        var path = _folder.File(DatabaseFiles.SnapshotFileName);
        var bytes = File.ReadAllBytes(path);
        var endChunk = bytes.Length - JournalFormat.RecordHeaderSize - 2;
        File.WriteAllBytes(path, bytes[..endChunk]);

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>()
            .Where(e => e.Detail == StorageErrors.BadSnapshot)
            .WithMessage($"*{DatabaseFiles.SnapshotFileName} at byte offset {endChunk}: the snapshot ends without its end chunk*");
    }

    [Fact]
    public void A_state_with_an_unstorable_value_leaves_the_database_usable()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Append(SampleMutations.Transaction(1));
            var act = () => storage.Compact([new SetNodeProperty(1, "bad", new object())]);
            act.Should().Throw<ArgumentException>();
            File.Exists(_folder.File(DatabaseFiles.SnapshotFileName + ".tmp")).Should().BeFalse();
            storage.Append(SampleMutations.Transaction(2));
        }

        MutationText.OfBatches(Reopen(_folder.Path)).Should().Equal(Expected(1, 2));
    }

    [Fact]
    public void A_snapshot_that_cannot_be_written_leaves_the_database_usable()
    {
        using (var storage = OpenRecovered(_folder.Path, new FileDurableStorageOptions { MaxJournalRecords = 16 }))
        {
            for (var n = 1; n <= 16; n++)
            {
                storage.Append(SampleMutations.Transaction(n));
            }

            storage.ShouldCompact.Should().BeTrue();
            var blocker = _folder.File(DatabaseFiles.SnapshotFileName + ".tmp");
            Directory.CreateDirectory(blocker);

            var act = () => storage.Compact(All(1, 16));

            act.Should().Throw<CypherException>().Where(e => e.Kind == CypherErrorKind.DatabaseError && e.Detail == StorageErrors.CompactionFailed);
            storage.ShouldCompact.Should().BeFalse("a failed compaction is not retried at once");
            storage.Append(SampleMutations.Transaction(17));
            storage.ShouldCompact.Should().BeFalse();
            storage.Append(SampleMutations.Transaction(18));
            storage.ShouldCompact.Should().BeTrue("the journal grew by an eighth of its limit since the failure");
            Directory.Delete(blocker);
            storage.Compact(All(1, 18));
            storage.ShouldCompact.Should().BeFalse();
            storage.Append(SampleMutations.Transaction(19));
        }

        MutationText.Of(Reopen(_folder.Path).SelectMany(b => b)).Should().Equal(MutationText.Of(All(1, 19)));
    }

    public static TheoryData<string, int> CrashPoints()
    {
        var data = new TheoryData<string, int>();
        foreach (var step in Enum.GetNames<CompactionStep>())
        {
            data.Add(step, 0);
            data.Add(step, 1);
        }

        return data;
    }

    /// <summary>
    /// A crash at each step of a compaction (the first one, or one replacing an earlier snapshot) recovers exactly the
    /// committed transactions, and the database accepts and keeps new ones afterwards.
    /// </summary>
    [Theory]
    [MemberData(nameof(CrashPoints))]
    public void A_crash_at_any_step_of_compaction_recovers_exactly(string step, int earlierCompactions)
    {
        var crashAt = Enum.Parse<CompactionStep>(step);
        var crashing = new FileDurableStorageOptions
        {
            SnapshotChunkBytes = 32,
            CompactionFaultInjector = reached =>
            {
                if (reached == crashAt)
                {
                    throw new SimulatedCrashException(reached);
                }
            },
        };
        var last = 0;
        using (var storage = OpenRecovered(_folder.Path))
        {
            for (var round = 0; round < earlierCompactions; round++)
            {
                storage.Append(SampleMutations.Transaction(++last));
                storage.Append(SampleMutations.Transaction(++last));
                storage.Compact(All(1, last));
            }
        }

        using (var storage = OpenRecovered(_folder.Path, crashing))
        {
            for (var i = 0; i < 5; i++)
            {
                storage.Append(SampleMutations.Transaction(++last));
            }

            var act = () => storage.Compact(All(1, last));
            act.Should().Throw<CypherException>().Where(e => e.Detail == StorageErrors.StorageFailed && e.InnerException is SimulatedCrashException);
            var appendAfterFailure = () => storage.Append(SampleMutations.Transaction(last + 1));
            appendAfterFailure.Should().Throw<CypherException>().Where(e => e.Detail == StorageErrors.StorageFailed);
        }

        var warnings = new List<string>();
        MutationText.Of(Reopen(_folder.Path, warnings).SelectMany(b => b)).Should().Equal(MutationText.Of(All(1, last)));
        warnings.Should().BeEmpty();
        Directory.GetFiles(_folder.Path, "*.tmp").Should().BeEmpty("opening deletes what the compaction left");
        JournalNames().Should().ContainSingle("recovery deletes journals the snapshot made obsolete");

        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.LastSequence.Should().Be(last);
            storage.Append(SampleMutations.Transaction(++last));
            storage.Compact(All(1, last));
            storage.Append(SampleMutations.Transaction(++last));
        }

        MutationText.Of(Reopen(_folder.Path).SelectMany(b => b)).Should().Equal(MutationText.Of(All(1, last)));
    }

    [Fact]
    public void A_leftover_obsolete_journal_is_skipped_and_deleted()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Append(SampleMutations.Transaction(1));
            storage.Append(SampleMutations.Transaction(2));
        }

        var oldJournal = File.ReadAllBytes(_folder.File(FirstJournal));
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Compact(All(1, 2));
            storage.Append(SampleMutations.Transaction(3));
        }

        File.WriteAllBytes(_folder.File(FirstJournal), oldJournal);

        MutationText.Of(Reopen(_folder.Path).SelectMany(b => b)).Should().Equal(MutationText.Of(All(1, 3)));
        JournalNames().Should().Equal("journal-00000000000000000003.gxj");
    }

    [Fact]
    public void A_snapshot_without_any_journal_recovers_and_gets_a_new_journal()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Append(SampleMutations.Transaction(1));
            storage.Compact(All(1, 1));
        }

        File.Delete(_folder.File("journal-00000000000000000002.gxj"));
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.LastSequence.Should().Be(1);
            storage.Append(SampleMutations.Transaction(2));
        }

        JournalNames().Should().Equal("journal-00000000000000000002.gxj");
        MutationText.Of(Reopen(_folder.Path).SelectMany(b => b)).Should().Equal(MutationText.Of(All(1, 2)));
    }

    [Fact]
    public void A_newest_journal_that_ends_inside_the_snapshot_is_replaced_by_one_after_it()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Append(SampleMutations.Transaction(1));
        }

        var shortJournal = File.ReadAllBytes(_folder.File(FirstJournal));
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Append(SampleMutations.Transaction(2));
            storage.Append(SampleMutations.Transaction(3));
            storage.Compact(All(1, 3));
        }

        File.Delete(_folder.File("journal-00000000000000000004.gxj"));
        File.WriteAllBytes(_folder.File(FirstJournal), shortJournal);

        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.LastSequence.Should().Be(3);
            storage.Append(SampleMutations.Transaction(4));
        }

        JournalNames().Should().Equal("journal-00000000000000000004.gxj");
        MutationText.Of(Reopen(_folder.Path).SelectMany(b => b)).Should().Equal(MutationText.Of(All(1, 4)));
    }

    [Fact]
    public void A_snapshot_of_an_unknown_format_version_is_corruption()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Compact([]);
        }

        var path = _folder.File(DatabaseFiles.SnapshotFileName);
        var bytes = File.ReadAllBytes(path);
        bytes[8] = 9;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(20), Crc32C.Compute(bytes.AsSpan(0, 20)));
        File.WriteAllBytes(path, bytes);

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>()
            .Where(e => e.Detail == StorageErrors.UnknownVersion)
            .WithMessage($"storage corruption in {DatabaseFiles.SnapshotFileName} at byte offset 8: unknown file format version 9*");
    }

    [Fact]
    public void Records_after_the_snapshot_end_chunk_are_corruption()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Compact([]);
        }

        var path = _folder.File(DatabaseFiles.SnapshotFileName);
        var length = new FileInfo(path).Length;
        using (var stream = new FileStream(path, FileMode.Append))
        {
            var payload = new byte[] { JournalFormat.SnapshotEndChunk, 0 };
            var header = new byte[JournalFormat.RecordHeaderSize];
            RecordHeader.Write(header, 3, payload);
            stream.Write(header);
            stream.Write(payload);
        }

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>()
            .Where(e => e.Detail == StorageErrors.BadSnapshot)
            .WithMessage($"*byte offset {length}: records follow the snapshot's end chunk*");
    }

    private static List<GraphMutation> All(int from, int to) =>
        Enumerable.Range(from, to - from + 1).SelectMany(n => SampleMutations.Transaction(n)).ToList();

    private List<string> JournalNames() =>
        Directory.GetFiles(_folder.Path, "journal-*.gxj").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToList();
}
