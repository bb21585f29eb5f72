// Crash-test child: opens a database folder and appends numbered transactions until it is killed.
//
// Usage: dotnet GraphExplorer.Cypher.CrashHost.dll <folder> [--database] [--max-journal-bytes N] [--max-transactions N]
//
// Without --database the child drives the journal (FileDurableStorage) directly, as described below. With --database
// it drives the whole engine (EmbeddedGraphDatabase over that storage; see DatabaseWorkload.cs for its transactions),
// so commits and the compactions they trigger go through GraphStore and the query engine.
//
// Protocol (stdout, one line per event, flushed at once):
//   "ready <last>"      recovery finished; <last> is the highest transaction number recovered (0 for none)
//   "ack <n>"           transaction n is durable: printed only after Append returned
//   "compacted <n>"     a compaction finished right after transaction n
//   "done"              --max-transactions reached; the process exits with code 0
// Errors go to stderr with exit code 1. Warnings from recovery go to stderr prefixed "warn: ".
//
// Transaction n (numbered from 1, continuing after the recovered ones) is TransactionShape.Parts(n) = 1 + n % 4
// CreateNode mutations; part i has id n * 8 + i, label "Tx" and properties tx = n, part = i, parts = Parts(n) and
// filler = a string of Filler(n) characters, so a checker can tell whether each transaction is complete.
// The in-memory "state" is simply every mutation so far, which is also what a compaction writes.
using System.Collections.Immutable;
using System.Globalization;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: CrashHost <folder> [--max-journal-bytes N] [--max-transactions N]");
    return 2;
}

var folder = args[0];
var maxJournalBytes = 64L * 1024 * 1024;
var maxTransactions = long.MaxValue;
var database = args.Contains("--database");
var rest = args.Skip(1).Where(a => a != "--database").ToArray();
for (var i = 0; i + 1 < rest.Length; i += 2)
{
    var value = long.Parse(rest[i + 1], CultureInfo.InvariantCulture);
    switch (rest[i])
    {
        case "--max-journal-bytes":
            maxJournalBytes = value;
            break;
        case "--max-transactions":
            maxTransactions = value;
            break;
        default:
            Console.Error.WriteLine($"unknown option {rest[i]}");
            return 2;
    }
}

var stdout = Console.Out;
try
{
    var options = new FileDurableStorageOptions { MaxJournalBytes = maxJournalBytes, SnapshotChunkBytes = 4096 };
    using var storage = FileDurableStorage.Open(folder, options, warning => Console.Error.WriteLine("warn: " + warning));
    if (database)
    {
        await DatabaseWorkload.RunAsync(storage, maxTransactions, stdout);
        return 0;
    }

    var state = new List<GraphMutation>();
    long last = 0;
    foreach (var batch in storage.Recover())
    {
        foreach (var mutation in batch)
        {
            state.Add(mutation);
            if (mutation is CreateNode node && node.Properties.TryGetValue("tx", out var tx))
            {
                last = Math.Max(last, (long)tx);
            }
        }
    }

    stdout.WriteLine($"ready {last}");
    stdout.Flush();
    for (var n = last + 1; n - last <= maxTransactions; n++)
    {
        var transaction = Transaction(n);
        storage.Append(transaction);
        stdout.WriteLine($"ack {n}");
        stdout.Flush();
        state.AddRange(transaction);
        if (storage.ShouldCompact)
        {
            storage.Compact(state);
            stdout.WriteLine($"compacted {n}");
            stdout.Flush();
        }
    }

    stdout.WriteLine("done");
    stdout.Flush();
    return 0;
}
catch (Exception e)
{
    Console.Error.WriteLine(e);
    return 1;
}

static List<GraphMutation> Transaction(long n)
{
    var parts = 1 + (int)(n % 4);
    var filler = new string((char)('a' + (n % 26)), (int)(n * 37 % 200));
    var mutations = new List<GraphMutation>(parts);
    for (var i = 0; i < parts; i++)
    {
        mutations.Add(new CreateNode(
            n * 8 + i,
            ["Tx"],
            ImmutableDictionary<string, object>.Empty
                .Add("tx", n)
                .Add("part", (long)i)
                .Add("parts", (long)parts)
                .Add("filler", filler)));
    }

    return mutations;
}
