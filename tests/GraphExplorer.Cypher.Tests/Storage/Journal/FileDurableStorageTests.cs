using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;
using GraphExplorer.Database;
using static GraphExplorer.Cypher.Tests.Storage.Journal.StorageTestHelpers;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

public sealed class FileDurableStorageTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_new_database_creates_its_folder_and_recovers_nothing()
    {
        var folder = Path.Combine(_folder.Path, "nested", "db");

        using var storage = FileDurableStorage.Open(folder);

        storage.Recover().Should().BeEmpty();
        storage.LastSequence.Should().Be(0);
        File.Exists(Path.Combine(folder, FirstJournal)).Should().BeTrue();
        File.Exists(Path.Combine(folder, "database.lock")).Should().BeTrue();
    }

    [Fact]
    public void Appended_transactions_come_back_in_order_after_reopening()
    {
        var transactions = new List<IReadOnlyList<GraphMutation>>
        {
            SampleMutations.EveryMutation(),
            new List<GraphMutation>(),
            SampleMutations.Transaction(3),
        };
        using (var storage = OpenRecovered(_folder.Path))
        {
            foreach (var transaction in transactions)
            {
                storage.Append(transaction);
            }

            storage.LastSequence.Should().Be(3);
        }

        MutationText.OfBatches(Reopen(_folder.Path)).Should().Equal(MutationText.OfBatches(transactions));
    }

    [Fact]
    public void A_transaction_of_several_megabytes_round_trips_between_small_ones()
    {
        var large = new List<GraphMutation>
        {
            new SetNodeProperty(1, "text", new string('λ', 3 * 1024 * 1024)),
            new SetNodeProperty(1, "list", Enumerable.Range(0, 100_000).Select(i => (object?)(long)i).ToList()),
        };
        var transactions = new List<IReadOnlyList<GraphMutation>> { SampleMutations.Transaction(1), large, SampleMutations.Transaction(3) };
        using (var storage = OpenRecovered(_folder.Path))
        {
            foreach (var transaction in transactions)
            {
                storage.Append(transaction);
            }
        }

        MutationText.OfBatches(Reopen(_folder.Path)).Should().Equal(MutationText.OfBatches(transactions));
    }

    [Fact]
    public void Sequence_numbers_continue_across_reopens()
    {
        CreateJournal(_folder.Path, 2);
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.LastSequence.Should().Be(2);
            storage.Append(SampleMutations.Transaction(3));
            storage.LastSequence.Should().Be(3);
        }

        MutationText.OfBatches(Reopen(_folder.Path)).Should().Equal(Expected(1, 3));
    }

    [Fact]
    public void A_second_open_in_the_same_process_is_refused_naming_the_folder()
    {
        using var first = FileDurableStorage.Open(_folder.Path);

        var act = () => FileDurableStorage.Open(_folder.Path + Path.DirectorySeparatorChar);

        act.Should().Throw<CypherException>()
            .Where(e => e.Kind == CypherErrorKind.DatabaseInUse)
            .WithMessage($"database is in use by another process: {_folder.Path}");
    }

    [Fact]
    public void The_lock_file_is_held_exclusively_while_open()
    {
        using var storage = FileDurableStorage.Open(_folder.Path);

        var act = () => new FileStream(_folder.File("database.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        act.Should().Throw<IOException>();
    }

    [Fact]
    public void The_lock_is_released_on_dispose()
    {
        FileDurableStorage.Open(_folder.Path).Dispose();

        using var again = FileDurableStorage.Open(_folder.Path);
        again.Folder.Should().Be(_folder.Path);
    }

    [Fact]
    public void Writing_before_recovery_is_refused()
    {
        using var storage = FileDurableStorage.Open(_folder.Path);

        var append = () => storage.Append(SampleMutations.Transaction(1));
        var compact = () => storage.Compact([]);

        append.Should().Throw<InvalidOperationException>().WithMessage("*Recover()*");
        compact.Should().Throw<InvalidOperationException>().WithMessage("*Recover()*");
        storage.ShouldCompact.Should().BeFalse();
    }

    [Fact]
    public void Recover_may_be_called_only_once()
    {
        using var storage = OpenRecovered(_folder.Path);

        var act = () => storage.Recover();

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void An_unstorable_value_is_refused_before_anything_is_written()
    {
        using (var storage = OpenRecovered(_folder.Path))
        {
            storage.Append(SampleMutations.Transaction(1));
            var act = () => storage.Append([new SetNodeProperty(1, "bad", 42)]);
            act.Should().Throw<ArgumentException>().WithMessage("*System.Int32*");
            storage.Append(SampleMutations.Transaction(2));
        }

        MutationText.OfBatches(Reopen(_folder.Path)).Should().Equal(Expected(1, 2));
    }

    [Fact]
    public void Writing_after_dispose_is_refused()
    {
        var storage = OpenRecovered(_folder.Path);
        storage.Dispose();

        var act = () => storage.Append(SampleMutations.Transaction(1));

        act.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Compaction_is_due_once_the_journal_reaches_its_record_limit()
    {
        using var storage = OpenRecovered(_folder.Path, new FileDurableStorageOptions { MaxJournalRecords = 3 });
        storage.Append(SampleMutations.Transaction(1));
        storage.Append(SampleMutations.Transaction(2));
        storage.ShouldCompact.Should().BeFalse();

        storage.Append(SampleMutations.Transaction(3));

        storage.ShouldCompact.Should().BeTrue();
        storage.Compact(SampleMutations.Transaction(1).Concat(SampleMutations.Transaction(2)).Concat(SampleMutations.Transaction(3)));
        storage.ShouldCompact.Should().BeFalse();
    }

    [Fact]
    public void Compaction_is_due_once_the_journal_reaches_its_size_limit()
    {
        using var storage = OpenRecovered(_folder.Path, new FileDurableStorageOptions { MaxJournalBytes = 200 });
        storage.ShouldCompact.Should().BeFalse();

        while (new FileInfo(_folder.File(FirstJournal)).Length < 200)
        {
            storage.ShouldCompact.Should().BeFalse();
            storage.Append(SampleMutations.Transaction(storage.LastSequence + 1));
        }

        storage.ShouldCompact.Should().BeTrue();
    }

    [Fact]
    public void The_record_count_that_triggers_compaction_survives_a_reopen()
    {
        var options = new FileDurableStorageOptions { MaxJournalRecords = 2 };
        CreateJournal(_folder.Path, 2);

        using var storage = OpenRecovered(_folder.Path, options);

        storage.ShouldCompact.Should().BeTrue();
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        var act = () => FileDurableStorage.Open(_folder.Path, new FileDurableStorageOptions { MaxJournalBytes = 0 });

        act.Should().Throw<ArgumentException>();
    }
}
