using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;
using GraphExplorer.Database;
using static GraphExplorer.Cypher.Tests.Storage.Journal.StorageTestHelpers;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>Torn tails are dropped with a warning; every other kind of damage is StorageCorruption with file and offset.</summary>
public sealed class FileDurableStorageRecoveryTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Journal => _folder.File(FirstJournal);

    [Fact]
    public void A_last_record_cut_at_any_byte_is_dropped_with_a_warning_and_appending_continues()
    {
        var lengths = CreateJournal(_folder.Path, 3);
        var original = File.ReadAllBytes(Journal);
        var lastStart = lengths[2];

        for (var cut = lastStart; cut < original.Length; cut++)
        {
            File.WriteAllBytes(Journal, original.AsSpan(0, (int)cut).ToArray());
            ManifestAsOf(_folder.Path, 2); // a crash during the append of transaction 3
            var warnings = new List<string>();

            using (var storage = FileDurableStorage.Open(_folder.Path, warn: warnings.Add))
            {
                MutationText.OfBatches(storage.Recover().ToList()).Should().Equal(Expected(1, 2), $"cut at {cut}");
                if (cut == lastStart)
                {
                    warnings.Should().BeEmpty("a cut on a record boundary is a clean end");
                }
                else
                {
                    warnings.Should().ContainSingle().Which.Should()
                        .Contain(FirstJournal).And.Contain($"byte offset {lastStart}").And.Contain("torn");
                }

                new FileInfo(Journal).Length.Should().Be(lastStart, "the torn tail is truncated away");
                storage.Append(SampleMutations.Transaction(3));
            }

            MutationText.OfBatches(Reopen(_folder.Path)).Should().Equal(Expected(1, 3), $"cut at {cut}");
        }
    }

    [Fact]
    public void A_last_record_damaged_at_any_byte_is_dropped_with_a_warning()
    {
        var lengths = CreateJournal(_folder.Path, 3);
        var original = File.ReadAllBytes(Journal);

        for (var offset = (int)lengths[2]; offset < original.Length; offset++)
        {
            var damaged = (byte[])original.Clone();
            damaged[offset] ^= 0x5A;
            File.WriteAllBytes(Journal, damaged);
            ManifestAsOf(_folder.Path, 3); // transaction 3 was acknowledged (the previous round's open counted from 2)
            var warnings = new List<string>();

            MutationText.OfBatches(Reopen(_folder.Path, warnings)).Should().Equal(Expected(1, 2), $"damage at {offset}");

            // Transaction 3 was acknowledged: losing it is reported as such, not only as a torn tail.
            warnings.Should().HaveCount(2);
            warnings[0].Should().Contain($"byte offset {lengths[2]}");
            warnings[1].Should().Contain("ends at transaction 2 but transaction 3 was committed");
            new FileInfo(Journal).Length.Should().Be(lengths[2]);
        }
    }

    [Fact]
    public void A_zero_filled_tail_left_by_a_crash_is_dropped()
    {
        var lengths = CreateJournal(_folder.Path, 2);
        using (var stream = new FileStream(Journal, FileMode.Append))
        {
            stream.Write(new byte[4096]);
        }

        var warnings = new List<string>();
        MutationText.OfBatches(Reopen(_folder.Path, warnings)).Should().Equal(Expected(1, 2));

        warnings.Should().ContainSingle().Which.Should().Contain($"byte offset {lengths[2]}");
    }

    [Fact]
    public void A_damaged_byte_anywhere_in_a_middle_record_is_corruption_naming_file_and_offset()
    {
        var lengths = CreateJournal(_folder.Path, 3);
        var original = File.ReadAllBytes(Journal);

        for (var offset = (int)lengths[1]; offset < lengths[2]; offset++)
        {
            var damaged = (byte[])original.Clone();
            damaged[offset] ^= 0x01;
            File.WriteAllBytes(Journal, damaged);
            var warnings = new List<string>();

            var act = () => Reopen(_folder.Path, warnings);

            act.Should().Throw<CypherException>($"damage at {offset}")
                .Where(e => e.Kind == CypherErrorKind.StorageCorruption && e.Detail == StorageErrors.ChecksumMismatch)
                .WithMessage($"storage corruption in {FirstJournal} at byte offset {lengths[1]}:*");
            warnings.Should().BeEmpty();
            File.ReadAllBytes(Journal).Should().Equal(damaged, "a corrupt journal is never truncated");
        }
    }

    [Fact]
    public void A_damaged_first_record_followed_by_valid_ones_is_corruption()
    {
        var lengths = CreateJournal(_folder.Path, 2);
        var bytes = File.ReadAllBytes(Journal);
        bytes[lengths[0] + JournalFormat.RecordHeaderSize] ^= 0xFF;
        File.WriteAllBytes(Journal, bytes);

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>().WithMessage($"*byte offset {JournalFormat.FileHeaderSize}:*");
    }

    [Fact]
    public void A_sequence_gap_is_corruption()
    {
        WriteJournal(1, (1, Payload(1)), (2, Payload(2)), (4, Payload(4)), (5, Payload(5)));

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>()
            .Where(e => e.Kind == CypherErrorKind.StorageCorruption && e.Detail == StorageErrors.SequenceGap)
            .WithMessage($"*{FirstJournal} at byte offset {RecordOffset(2)}: the record holds transaction 4 where 3 was expected*");
    }

    [Fact]
    public void A_repeated_sequence_number_is_corruption_even_in_the_last_record()
    {
        WriteJournal(1, (1, Payload(1)), (2, Payload(2)), (2, Payload(3)));

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>().Where(e => e.Detail == StorageErrors.SequenceGap);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_record_of_an_unknown_version_is_corruption_wherever_it_is(int position)
    {
        var records = new (long, byte[], byte)[] { (1, Payload(1), JournalFormat.RecordVersion), (2, Payload(2), JournalFormat.RecordVersion), (3, Payload(3), JournalFormat.RecordVersion) };
        records[position].Item3 = 0xA2;
        WriteJournal(1, records);

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>()
            .Where(e => e.Kind == CypherErrorKind.StorageCorruption && e.Detail == StorageErrors.UnknownVersion)
            .WithMessage($"*byte offset {RecordOffset(position)}: unknown record version 0xA2*");
    }

    [Fact]
    public void A_payload_that_matches_its_checksum_but_does_not_decode_is_corruption_at_the_bad_byte()
    {
        WriteJournal(1, (1, Payload(1)), (2, [1, 77]));

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>()
            .Where(e => e.Detail == StorageErrors.UndecodablePayload)
            .WithMessage($"*byte offset {RecordOffset(1) + JournalFormat.RecordHeaderSize + 1}: transaction 2 does not decode: unknown mutation tag 77*");
    }

    [Theory]
    [InlineData(0, "*does not start with the magic*")]
    [InlineData(8, "*unknown file format version*")]
    [InlineData(13, "*header checksum*")]
    public void A_damaged_journal_header_is_corruption(int offset, string message)
    {
        CreateJournal(_folder.Path, 1);
        var bytes = File.ReadAllBytes(Journal);
        bytes[offset] ^= 0x02;
        if (offset == 8)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(20), Crc32C.Compute(bytes.AsSpan(0, 20)));
        }

        File.WriteAllBytes(Journal, bytes);

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>().Where(e => e.Kind == CypherErrorKind.StorageCorruption).WithMessage(message);
    }

    [Fact]
    public void A_journal_shorter_than_its_header_is_corruption()
    {
        File.WriteAllBytes(Journal, FileHeader.Create(JournalFormat.JournalMagic, 1).AsSpan(0, 10).ToArray());

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>().Where(e => e.Detail == StorageErrors.BadFileHeader).WithMessage("*fewer than*");
    }

    [Fact]
    public void A_journal_whose_header_disagrees_with_its_name_is_corruption()
    {
        WriteJournal(1, (1, Payload(1)));
        File.WriteAllBytes(Journal, [.. FileHeader.Create(JournalFormat.JournalMagic, 7), .. File.ReadAllBytes(Journal).AsSpan(JournalFormat.FileHeaderSize)]);

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>().Where(e => e.Detail == StorageErrors.BadFileHeader);
    }

    [Fact]
    public void Missing_transactions_before_the_first_journal_are_corruption()
    {
        WriteJournal(3, (3, Payload(3)));

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>()
            .Where(e => e.Detail == StorageErrors.SequenceGap)
            .WithMessage("*journal-00000000000000000003.gxj at byte offset 0:*transaction 3*snapshot ends at 0*");
    }

    [Fact]
    public void A_gap_between_two_journals_is_corruption()
    {
        WriteJournal(1, (1, Payload(1)), (2, Payload(2)));
        WriteJournal(4, (4, Payload(4)));

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>()
            .Where(e => e.Detail == StorageErrors.SequenceGap)
            .WithMessage("*journal-00000000000000000004.gxj*starts at transaction 4 but the previous journal ends at 2*");
    }

    [Fact]
    public void Damage_in_an_older_journal_is_corruption_even_at_its_end()
    {
        WriteJournal(1, (1, Payload(1)), (2, Payload(2)));
        WriteJournal(3, (3, Payload(3)));
        var older = _folder.File(FirstJournal);
        File.WriteAllBytes(older, File.ReadAllBytes(older)[..^3]);

        var act = () => Reopen(_folder.Path);

        act.Should().Throw<CypherException>().Where(e => e.Kind == CypherErrorKind.StorageCorruption)
            .WithMessage($"*{FirstJournal}*incomplete record*");
    }

    [Fact]
    public void Journals_that_chain_are_read_in_order()
    {
        WriteJournal(1, (1, Payload(1)), (2, Payload(2)));
        WriteJournal(3, (3, Payload(3)));

        MutationText.OfBatches(Reopen(_folder.Path)).Should().Equal(Expected(1, 3));
    }

    [Fact]
    public void Files_that_are_not_part_of_the_database_are_ignored()
    {
        CreateJournal(_folder.Path, 1);
        File.WriteAllText(_folder.File("journal-notes.gxj"), "not a journal");
        File.WriteAllText(_folder.File("README.txt"), "hello");

        MutationText.OfBatches(Reopen(_folder.Path)).Should().Equal(Expected(1, 1));
        File.Exists(_folder.File("README.txt")).Should().BeTrue();
    }

    private static byte[] Payload(long n)
    {
        var writer = new PayloadWriter();
        MutationCodec.WriteTransaction(writer, SampleMutations.Transaction(n));
        return writer.WrittenSpan.ToArray();
    }

    private static long RecordOffset(int index)
    {
        long offset = JournalFormat.FileHeaderSize;
        for (var i = 0; i < index; i++)
        {
            offset += JournalFormat.RecordHeaderSize + Payload(i + 1).Length;
        }

        return offset;
    }

    private void WriteJournal(long first, params (long Sequence, byte[] Payload)[] records) =>
        WriteJournal(first, records.Select(r => (r.Sequence, r.Payload, JournalFormat.RecordVersion)).ToArray());

    private void WriteJournal(long first, params (long Sequence, byte[] Payload, byte Version)[] records)
    {
        using var stream = new FileStream(_folder.File($"journal-{first:D20}.gxj"), FileMode.Create);
        stream.Write(FileHeader.Create(JournalFormat.JournalMagic, first));
        var header = new byte[JournalFormat.RecordHeaderSize];
        foreach (var (sequence, payload, version) in records)
        {
            RecordHeader.Write(header, sequence, payload, version);
            stream.Write(header);
            stream.Write(payload);
        }
    }
}
