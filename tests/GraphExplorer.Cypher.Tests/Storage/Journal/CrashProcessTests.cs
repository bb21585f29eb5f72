using System.Diagnostics;
using System.Globalization;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;
using GraphExplorer.Database;
using Xunit.Abstractions;
using static GraphExplorer.Cypher.Tests.Storage.Journal.StorageTestHelpers;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>
/// Durability against real crashes: a child process (GraphExplorer.Cypher.CrashHost) commits numbered transactions,
/// either straight to the journal or through the whole database engine, and is killed (SIGKILL of the whole tree) at
/// random moments, with frequent compactions so that kills also land inside them. After each kill the folder must
/// hold every acknowledged transaction, at most the one being written besides, and only whole transactions.
/// </summary>
[Trait(TestCategories.Category, TestCategories.Slow)]
public sealed class CrashProcessTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(15);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public Task Killing_the_writer_at_random_moments_keeps_every_acknowledged_transaction_whole() =>
        KillAtRandomMomentsAsync([], journalBytes: 6000, maxAcksBeforeKill: 100, (folder, warnings, because) =>
            Task.FromResult(CheckWholeTransactions(Reopen(folder, warnings), because)));

    /// <summary>
    /// The same through the whole engine: the child commits multi-statement Cypher transactions through
    /// EmbeddedGraphDatabase (which compacts its journal when full), and the checker reopens the folder as a database.
    /// </summary>
    [Fact]
    public Task Killing_the_database_during_commits_and_compactions_keeps_every_acknowledged_transaction_whole() =>
        KillAtRandomMomentsAsync(["--database"], journalBytes: 2500, maxAcksBeforeKill: 30, CheckDatabaseAsync);

    /// <summary>
    /// Rounds of: start the child on the folder, let it commit, kill it (SIGKILL of the whole tree) after a random
    /// delay or a random number of acknowledgements, then check the folder with <paramref name="check"/>, which returns
    /// the last whole transaction it found.
    /// </summary>
    private async Task KillAtRandomMomentsAsync(string[] mode, int journalBytes, int maxAcksBeforeKill, Func<string, List<string>, string, Task<long>> check)
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
            using var child = CrashHostProcess.Start([_folder.Path, .. mode, "--max-journal-bytes", journalBytes.ToString(CultureInfo.InvariantCulture)]);
            (await child.WaitForLineAsync("ready", StartupTimeout)).Should().Be($"ready {committed}", $"seed {seed}, round {rounds}");

            if (rounds % 2 == 0)
            {
                await Task.Delay(random.Next(0, 400));
            }
            else
            {
                // Kill after a random number of acknowledgements, or after 3 s on a slow disk, whichever comes first.
                await child.TryWaitForLineAsync($"ack {committed + random.Next(1, maxAcksBeforeKill)}", TimeSpan.FromSeconds(3));
            }

            child.HasExited.Should().BeFalse($"the child runs until killed (seed {seed}, round {rounds})");

            await child.KillAndDrainAsync();
            var lastAck = child.Lines.Where(l => l.StartsWith("ack ", StringComparison.Ordinal))
                .Select(l => long.Parse(l.AsSpan(4), CultureInfo.InvariantCulture))
                .DefaultIfEmpty(committed).Max();
            totalAcks += lastAck - committed;

            var leftovers = Directory.GetFiles(_folder.Path, "*.tmp").Length + Math.Max(0, Directory.GetFiles(_folder.Path, "journal-*.gxj").Length - 1);
            var warnings = new List<string>();
            var last = await check(_folder.Path, warnings, $"seed {seed}, round {rounds}");
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

    /// <summary>
    /// Reopens the folder as a database and checks the --database workload (CrashHost's DatabaseWorkload.cs): the
    /// counter names the last transaction N, transactions 1..N are all there and whole (their Tx node, filler and
    /// Part nodes with their relationships, less the Part deleted by transaction n + 3 when that one is there too),
    /// and nothing of a later transaction is; returns N.
    /// </summary>
    private static async Task<long> CheckDatabaseAsync(string folder, List<string> warnings, string because)
    {
        await using var database = EmbeddedGraphDatabase.Open(folder, warn: warnings.Add);
        await using var session = database.OpenSession();
        var counter = await session.RunAsync("MATCH (c:Counter) RETURN c.last AS last");
        counter.Count.Should().BeLessThanOrEqualTo(1, because);
        var last = counter.Count == 0 ? 0L : counter[0].Get<long>("last");
        var rows = await session.RunAsync(
            "MATCH (t:Tx) OPTIONAL MATCH (t)-[r:PART]->(p:Part) WITH t, r, p ORDER BY p.i "
            + "RETURN t.tx AS tx, t.parts AS parts, size(t.filler) AS filler, collect(p.i) AS partIndexes, collect(r.i) AS relationshipIndexes, "
            + "all(x IN collect(p.tx) WHERE x = t.tx) AS ownParts ORDER BY tx");
        rows.Select(r => r.Get<long>("tx")).Should().Equal(Enumerable.Range(1, (int)last).Select(i => (long)i), $"transactions 1..{last} each once ({because})");
        foreach (var row in rows)
        {
            var tx = row.Get<long>("tx");
            var parts = 1 + tx % 4;
            row.Get<long>("parts").Should().Be(parts, because);
            row.Get<long>("filler").Should().Be(tx * 37 % 200, because);
            row.Get<bool>("ownParts").Should().BeTrue(because);
            var expected = Enumerable.Range(tx + 3 <= last ? 1 : 0, (int)parts - (tx + 3 <= last ? 1 : 0)).Select(i => (object?)(long)i).ToList();
            ((IEnumerable<object?>)row["partIndexes"]!).Should().Equal(expected, $"transaction {tx} is whole ({because})");
            ((IEnumerable<object?>)row["relationshipIndexes"]!).Should().Equal(expected, $"transaction {tx} is whole ({because})");
        }

        var strays = await session.RunAsync("MATCH (p:Part) WHERE p.tx > $last OR NOT (:Tx)-[:PART]->(p) RETURN count(p) AS c",
            new Dictionary<string, object?> { ["last"] = last });
        strays[0].Get<long>("c").Should().Be(0, $"no Part of a missing transaction ({because})");
        return last;
    }
}
