using System.Text;
using GraphExplorer.Application.Loading;
using GraphExplorer.Cypher;
using GraphExplorer.Database;
using Xunit.Abstractions;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// A file's size and number of statements do not grow the loader's memory: it reads one statement at a time (issue #11:
/// 2,000 statements took 1 GB when every statement carried the text before it). What does grow is the open transaction,
/// which holds the file's changes until it commits; these scripts change little, so the transaction stays small.
/// </summary>
[Collection(MemoryMeasurements.Name)]
public sealed class ScriptLoaderVolumeTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("volume-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_file_of_many_thousand_statements_loads_in_memory_that_does_not_grow_with_it()
    {
        const int statements = 20_000;
        var path = WriteScript("001_counter.cypher", statements);
        await using var database = EmbeddedGraphDatabase.CreateInMemory();

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var peak = new PeakMemory();
        var reports = await new ScriptLoader(database).LoadAsync(ScriptFile.Collect([path]), new LoadOptions("test"));
        var grown = peak.Stop() - baseline;

        reports.Single().Outcome.Should().Be(ScriptOutcome.Applied, reports.Single().Error?.ToString());
        await using var session = database.OpenSession();
        (await session.RunAsync("MATCH (c:Counter) RETURN c.value AS value")).Single().Get<long>("value").Should().Be(statements);
        output.WriteLine($"{statements:N0} statements, {new FileInfo(path).Length / 1e6:0.0} MB: peak managed memory {grown / 1e6:0.0} MB above the baseline");
        grown.Should().BeLessThan(256L << 20, "the loader holds one statement at a time; the old loader needed gigabytes for this file");
    }

    /// <summary>A script that sets one counter once per statement, each statement padded with a comment to ~150 bytes.</summary>
    private string WriteScript(string name, int statements)
    {
        var path = Path.Combine(folder, name);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine("MERGE (:Counter {key: 'counter'});");
        for (var i = 1; i < statements; i++)
        {
            writer.WriteLine($"MATCH (c:Counter {{key: 'counter'}}) SET c.value = {i + 1}, c.note = 'statement {i + 1} of a long generated script';");
        }

        return path;
    }

    /// <summary>The highest managed heap size seen, sampled every few milliseconds on a thread of its own.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly Thread sampler;
        private volatile bool stopped;
        private long peak;

        public PeakMemory()
        {
            sampler = new Thread(() =>
            {
                while (!stopped)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                    Thread.Sleep(2);
                }
            }) { IsBackground = true };
            sampler.Start();
        }

        public long Stop()
        {
            stopped = true;
            sampler.Join();
            return Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        }

        public void Dispose()
        {
            stopped = true;
        }
    }
}

/// <summary>Tests that measure the process's memory run alone, so other tests' allocations do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurements
{
    public const string Name = "Memory measurements";
}
