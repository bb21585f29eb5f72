using GraphExplorer.Cypher.Storage.Journal;
using static GraphExplorer.Cypher.Tests.Storage.Journal.StorageTestHelpers;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>
/// An append that fails part-way, as on a full disk (half the record reaches the journal, then the write fails with
/// ENOSPC): the journal is cut back to its last whole record, the error is the operating system's, and the next append
/// works once there is room — with no reopening, and nothing torn for the next open to drop.
/// </summary>
public sealed class FileDurableStorageDiskFullTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_record_cut_short_by_a_full_disk_is_removed_and_the_next_append_works()
    {
        var full = false;
        var options = new FileDurableStorageOptions
        {
            JournalWriteFaultInjector = (journal, record) =>
            {
                if (!full)
                {
                    journal.Write(record);
                    return;
                }

                journal.Write(record, 0, record.Length / 2);
                throw FullDisk();
            },
        };
        var journalPath = Path.Combine(_folder.Path, FirstJournal);
        var warnings = new List<string>();

        using (var storage = OpenRecovered(_folder.Path, options))
        {
            storage.Append(SampleMutations.Transaction(1));
            var lengthAfterFirst = new FileInfo(journalPath).Length;

            full = true;
            var refused = () => storage.Append(SampleMutations.Transaction(2));
            refused.Should().Throw<IOException>().Which.HResult.Should().Be(28);
            new FileInfo(journalPath).Length.Should().Be(lengthAfterFirst, "the half-written record was cut off");

            full = false;
            storage.Append(SampleMutations.Transaction(3));
            storage.LastSequence.Should().Be(2, "the refused transaction took no sequence number");
        }

        MutationText.OfBatches(Reopen(_folder.Path, warnings)).Should().Equal(
            MutationText.OfBatches([SampleMutations.Transaction(1), SampleMutations.Transaction(3)]));
        warnings.Should().BeEmpty("nothing torn was left for recovery to drop");
    }

    /// <summary>The operating system's ENOSPC where <c>/dev/full</c> gives it, else the same error as .NET raises it.</summary>
    private static IOException FullDisk()
    {
        if (File.Exists("/dev/full"))
        {
            try
            {
                using var device = new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                device.Write(new byte[16]);
            }
            catch (IOException e)
            {
                return e;
            }
        }

        return new IOException("No space left on device", 28);
    }
}
