using GraphExplorer.Cypher.Storage;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Storage;

/// <summary>
/// A commit whose storage append fails: nothing of the transaction is published, the error says whether the disk is
/// full, the store remembers the failure (for <c>/health</c>) until a later commit is written, and that later commit
/// works without reopening.
/// </summary>
public sealed class CommitFailureTests
{
    [Fact]
    public async Task A_full_disk_refuses_the_commit_whole_is_remembered_and_the_next_commit_after_space_returns_works()
    {
        var disk = new FailingStorage { Failure = new IOException("No space left on device", 28) };
        await using var database = EmbeddedGraphDatabase.Create(disk);
        await using var session = database.OpenSession();

        var refused = async () => await session.RunAsync("CREATE (:Org {name: 'A'}), (:Org {name: 'B'})");
        var error = (await refused.Should().ThrowAsync<CypherException>()).Which;

        error.Kind.Should().Be(CypherErrorKind.DatabaseError);
        error.Detail.Should().Be("DiskFull");
        error.Message.Should().StartWith("The disk is full: the transaction could not be made durable and was not applied");
        (await session.RunAsync("MATCH (n) RETURN count(n) AS c"))[0]["c"].Should().Be(0L, "nothing of it was applied");
        database.LastWriteFailure.Should().Contain("could not be written: No space left on device");

        disk.Failure = null;
        await session.RunAsync("CREATE (:Org {name: 'C'})");

        (await session.RunAsync("MATCH (n) RETURN n.name AS name")).Select(r => r["name"]).Should().Equal("C");
        database.LastWriteFailure.Should().BeNull();
        disk.Appended.Should().Be(1);
    }

    [Fact]
    public async Task Another_write_error_is_a_commit_failure_and_a_transaction_refused_for_itself_is_no_write_failure()
    {
        var disk = new FailingStorage { Failure = new IOException("Input/output error", 5) };
        await using var database = EmbeddedGraphDatabase.Create(disk);
        await using var session = database.OpenSession();

        var io = async () => await session.RunAsync("CREATE (:Org)");
        (await io.Should().ThrowAsync<CypherException>()).Which.Detail.Should().Be("CommitFailed");
        database.LastWriteFailure.Should().Contain("Input/output error");

        disk.Failure = new ArgumentException("The transaction encodes to more bytes than a journal record holds.");
        var tooLarge = async () => await session.RunAsync("CREATE (:Org)");
        (await tooLarge.Should().ThrowAsync<CypherException>()).Which.Detail.Should().Be("CommitFailed");
        database.LastWriteFailure.Should().Contain("Input/output error", "a refused transaction says nothing of the disk");
    }

    private sealed class FailingStorage : IDurableStorage
    {
        public Exception? Failure;

        public int Appended;

        public IEnumerable<IReadOnlyList<GraphMutation>> Recover() => [];

        public void Append(IReadOnlyList<GraphMutation> transaction)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            Appended++;
        }

        public bool ShouldCompact => false;

        public void Compact(IEnumerable<GraphMutation> state) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
