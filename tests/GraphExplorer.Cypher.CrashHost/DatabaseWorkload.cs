using GraphExplorer.Cypher;
using GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// The --database mode: numbered write transactions through the whole engine, each an explicit transaction of several
/// statements, so that a checker can tell a complete transaction from a partial one after a crash.
/// </summary>
/// <remarks>
/// Transaction n (from 1, continuing after the recovered ones):
/// <list type="number">
/// <item>creates <c>(:Tx {tx: n, parts: p, filler})</c> with p = 1 + n % 4 and a filler string of n * 37 % 200 characters;</item>
/// <item>creates p nodes <c>(:Part {tx: n, i})</c>, i = 0..p-1, each linked <c>(:Tx)-[:PART {i}]-&gt;(:Part)</c>;</item>
/// <item>sets the single <c>(:Counter)</c> node's <c>last</c> to n (creating it in transaction 1);</item>
/// <item>when n &gt; 3, detaches and deletes the Part with i = 0 of transaction n - 3.</item>
/// </list>
/// Protocol lines: "ready &lt;last&gt;" once recovered (the counter's value, 0 for none), "ack &lt;n&gt;" once transaction n's
/// commit returned, "compacted &lt;n&gt;" when that commit compacted the journal (a new journal file appeared), "done".
/// </remarks>
internal static class DatabaseWorkload
{
    public static async Task RunAsync(FileDurableStorage storage, long maxTransactions, TextWriter stdout)
    {
        await using var database = EmbeddedGraphDatabase.Create(storage);
        await using var session = database.OpenSession();
        var recovered = await session.RunAsync("MATCH (c:Counter) RETURN c.last AS last");
        var last = recovered.Count == 0 ? 0L : recovered[0].Get<long>("last");
        stdout.WriteLine($"ready {last}");
        stdout.Flush();
        var journals = Journals(storage.Folder);
        for (var n = last + 1; n - last <= maxTransactions; n++)
        {
            var parts = 1 + n % 4;
            var parameters = new Dictionary<string, object?>
            {
                ["n"] = n,
                ["parts"] = parts,
                ["filler"] = new string((char)('a' + (n % 26)), (int)(n * 37 % 200)),
            };
            await using (var tx = await session.BeginTransactionAsync())
            {
                await tx.RunAsync("CREATE (:Tx {tx: $n, parts: $parts, filler: $filler})", parameters);
                await tx.RunAsync(
                    "MATCH (t:Tx {tx: $n}) UNWIND range(0, $parts - 1) AS i CREATE (t)-[:PART {i: i}]->(:Part {tx: $n, i: i})", parameters);
                await tx.RunAsync("MERGE (c:Counter) SET c.last = $n", parameters);
                await tx.RunAsync("MATCH (p:Part {tx: $n - 3, i: 0}) DETACH DELETE p", parameters);
                await tx.CommitAsync();
            }

            stdout.WriteLine($"ack {n}");
            var now = Journals(storage.Folder);
            if (!now.SequenceEqual(journals))
            {
                stdout.WriteLine($"compacted {n}");
                journals = now;
            }

            stdout.Flush();
        }

        stdout.WriteLine("done");
        stdout.Flush();
    }

    private static string[] Journals(string folder) => [.. Directory.GetFiles(folder, "journal-*.gxj").Order(StringComparer.Ordinal)];
}
