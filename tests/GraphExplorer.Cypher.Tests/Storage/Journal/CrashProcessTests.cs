using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;
using Xunit.Abstractions;
using static GraphExplorer.Cypher.Tests.Storage.Journal.StorageTestHelpers;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>
/// Durability against real crashes: a child process appends numbered transactions and is killed (SIGKILL of the
/// whole tree) at random moments, with frequent compactions so that kills also land inside them. After each kill the
/// folder must hold every acknowledged transaction, at most the one being written besides, and only whole transactions.
/// </summary>
public sealed class CrashProcessTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(15);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Killing_the_writer_at_random_moments_keeps_every_acknowledged_transaction_whole()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var budget = Stopwatch.StartNew();
        long committed = 0;
        var totalAcks = 0L;
        var rounds = 0;

        // At most 6 rounds, and none started after 15 s, so the test stays well under 30 s even on a loaded machine.
        while (rounds < 6 && budget.Elapsed < TimeSpan.FromSeconds(15))
        {
            rounds++;
            using var child = CrashHostProcess.Start(_folder.Path, "--max-journal-bytes", "6000");
            (await child.WaitForLineAsync("ready", StartupTimeout)).Should().Be($"ready {committed}", $"seed {seed}, round {rounds}");

            if (rounds % 2 == 0)
            {
                await Task.Delay(random.Next(0, 400));
            }
            else
            {
                // Kill after a random number of acknowledgements, or after 3 s on a slow disk, whichever comes first.
                await child.TryWaitForLineAsync($"ack {committed + random.Next(1, 100)}", TimeSpan.FromSeconds(3));
            }

            child.HasExited.Should().BeFalse($"the child runs until killed (seed {seed}, round {rounds})");

            await child.KillAndDrainAsync();
            var lastAck = child.Lines.Where(l => l.StartsWith("ack ", StringComparison.Ordinal))
                .Select(l => long.Parse(l.AsSpan(4), CultureInfo.InvariantCulture))
                .DefaultIfEmpty(committed).Max();
            totalAcks += lastAck - committed;

            var leftovers = Directory.GetFiles(_folder.Path, "*.tmp").Length + Math.Max(0, Directory.GetFiles(_folder.Path, "journal-*.gxj").Length - 1);
            var warnings = new List<string>();
            var recovered = Reopen(_folder.Path, warnings);
            var last = CheckWholeTransactions(recovered, $"seed {seed}, round {rounds}");
            last.Should().BeInRange(lastAck, lastAck + 1,
                $"every acknowledged transaction survives and at most the unacknowledged one besides (seed {seed}, round {rounds}, warnings: {string.Join(" | ", warnings)})");
            output.WriteLine(
                $"round {rounds}: last ack {lastAck}, recovered {last}, compactions {child.Lines.Count(l => l.StartsWith("compacted", StringComparison.Ordinal))}, "
                + $"files of an interrupted compaction {leftovers}, "
                + $"warnings: {(warnings.Count == 0 ? "none" : string.Join(" | ", warnings))}");
            committed = last;
        }

        totalAcks.Should().BePositive();
    }

    [Fact]
    public async Task A_second_process_cannot_open_a_database_in_use()
    {
        using var storage = OpenRecovered(_folder.Path);
        using var child = CrashHostProcess.Start(_folder.Path);

        var (exitCode, stderr) = await child.WaitForExitAsync();

        exitCode.Should().Be(1);
        stderr.Should().Contain($"database is in use by another process: {_folder.Path}");
        child.Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task The_child_runs_to_completion_and_its_transactions_read_back()
    {
        using (var child = CrashHostProcess.Start(_folder.Path, "--max-transactions", "40", "--max-journal-bytes", "3000"))
        {
            var (exitCode, stderr) = await child.WaitForExitAsync();
            exitCode.Should().Be(0, stderr);
            child.Lines.Should().Contain("done").And.Contain(l => l.StartsWith("compacted ", StringComparison.Ordinal));
        }

        CheckWholeTransactions(Reopen(_folder.Path), "after a clean run").Should().Be(40);
    }

    /// <summary>
    /// Checks that the recovered batches hold transactions 1..N in order, each whole (all its CreateNode parts) and
    /// never split across batches; returns N.
    /// </summary>
    private static long CheckWholeTransactions(List<IReadOnlyList<GraphMutation>> batches, string because)
    {
        long expected = 1;
        foreach (var batch in batches)
        {
            var index = 0;
            while (index < batch.Count)
            {
                var first = batch[index].Should().BeOfType<CreateNode>(because).Subject;
                var tx = (long)first.Properties["tx"];
                tx.Should().Be(expected, $"transactions are continuous ({because})");
                var parts = 1 + (int)(tx % 4);
                batch.Count.Should().BeGreaterThanOrEqualTo(index + parts, $"transaction {tx} is whole within its batch ({because})");
                for (var part = 0; part < parts; part++)
                {
                    var node = batch[index + part].Should().BeOfType<CreateNode>(because).Subject;
                    node.Id.Should().Be(tx * 8 + part, because);
                    node.Properties["tx"].Should().Be(tx, because);
                    node.Properties["part"].Should().Be((long)part, because);
                    node.Properties["parts"].Should().Be((long)parts, because);
                    ((string)node.Properties["filler"]).Length.Should().Be((int)(tx * 37 % 200), because);
                }

                index += parts;
                expected++;
            }
        }

        return expected - 1;
    }
}
