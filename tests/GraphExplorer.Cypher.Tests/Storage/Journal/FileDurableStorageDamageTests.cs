using GraphExplorer.Cypher.Storage.Journal;
using GraphExplorer.Database;
using static GraphExplorer.Cypher.Tests.Storage.Journal.StorageTestHelpers;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>
/// Damage a clean-looking journal cannot show by itself is still reported (issue #11: a journal cut to half opened with
/// half the graph and no warning), and a read-only open leaves every byte of the folder as it was (issue #11: dump cut
/// the journal).
/// </summary>
public sealed class FileDurableStorageDamageTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Journal => _folder.File(FirstJournal);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_journal_cut_at_a_record_boundary_is_reported_with_what_is_missing(int kept)
    {
        var lengths = CreateJournal(_folder.Path, 5);
        using (var stream = new FileStream(Journal, FileMode.Open))
        {
            stream.SetLength(lengths[kept]);
        }

        var warnings = new List<string>();
        MutationText.OfBatches(Reopen(_folder.Path, warnings)).Should().Equal(Expected(1, kept));

        warnings.Should().ContainSingle().Which.Should()
            .Contain($"ends at transaction {kept} but transaction 5 was committed").And.Contain($"{5 - kept} committed transaction(s) are missing");
    }

    [Fact]
    public void A_database_whose_journal_is_whole_opens_without_warnings_after_a_compaction_and_reopenings()
    {
        CreateJournal(_folder.Path, 3);
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Compact(Enumerable.Range(1, 3).SelectMany(n => SampleMutations.Transaction(n)));
            storage.Append(SampleMutations.Transaction(4));
        }

        var warnings = new List<string>();
        Reopen(_folder.Path, warnings);
        Reopen(_folder.Path, warnings);

        warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_damaged_commit_manifest_is_reported_and_the_database_still_opens()
    {
        CreateJournal(_folder.Path, 2);
        File.WriteAllBytes(_folder.File(CommitManifest.FileName), new byte[32]);

        var warnings = new List<string>();
        MutationText.OfBatches(Reopen(_folder.Path, warnings)).Should().Equal(Expected(1, 2));

        warnings.Should().ContainSingle().Which.Should().Contain(CommitManifest.FileName).And.Contain("damaged");
    }

    [Fact]
    public void A_read_only_open_of_a_damaged_folder_reports_the_damage_and_changes_no_byte()
    {
        var lengths = CreateJournal(_folder.Path, 4);
        using (var stream = new FileStream(Journal, FileMode.Open))
        {
            stream.SetLength(lengths[4] - 7); // the last record torn
        }

        File.WriteAllBytes(_folder.File("snapshot.gxs.tmp"), [1, 2, 3]); // left by an interrupted compaction
        var before = FolderContents();

        var warnings = new List<string>();
        MutationText.OfBatches(Reopen(_folder.Path, warnings, new FileDurableStorageOptions { ReadOnly = true })).Should().Equal(Expected(1, 3));

        FolderContents().Should().Equal(before, "a read-only open writes, cuts, creates and deletes nothing");
        warnings.Should().HaveCount(2);
        warnings[0].Should().Contain($"byte offset {lengths[3]}").And.Contain("left in place");
        warnings[1].Should().Contain("ends at transaction 3 but transaction 4 was committed");
    }

    [Fact]
    public void A_read_only_database_refuses_writes_and_a_missing_folder()
    {
        CreateJournal(_folder.Path, 1);
        using (var storage = OpenRecovered(_folder.Path, new FileDurableStorageOptions { ReadOnly = true }))
        {
            FluentActions.Invoking(() => storage.Append(SampleMutations.Transaction(2)))
                .Should().Throw<CypherException>().Which.Detail.Should().Be(StorageErrors.ReadOnlyDatabase);
        }

        FluentActions.Invoking(() => FileDurableStorage.Open(_folder.File("absent"), new FileDurableStorageOptions { ReadOnly = true }))
            .Should().Throw<CypherException>().Which.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        Directory.Exists(_folder.File("absent")).Should().BeFalse();
    }

    [Fact]
    public void A_writer_keeps_a_read_only_opener_out()
    {
        CreateJournal(_folder.Path, 1);
        using var writer = OpenRecovered(_folder.Path);

        FluentActions.Invoking(() => FileDurableStorage.Open(_folder.Path, new FileDurableStorageOptions { ReadOnly = true }))
            .Should().Throw<CypherException>().Which.Kind.Should().Be(CypherErrorKind.DatabaseInUse);
    }

    private List<(string Name, string Hash)> FolderContents() =>
        [.. Directory.GetFiles(_folder.Path).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))))];
}
