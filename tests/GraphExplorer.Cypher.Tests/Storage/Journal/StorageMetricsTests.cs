using System.Diagnostics.Metrics;
using GraphExplorer.Cypher.Storage.Journal;
using static GraphExplorer.Cypher.Tests.Storage.Journal.StorageTestHelpers;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>
/// The journal as operators watch it (<see cref="StorageMetrics"/>): its bytes and transactions grow with each commit
/// and fall back after a compaction, which is counted and timed; a closed database is no longer reported. Measurements
/// are told apart by folder, since other tests open databases of their own meanwhile.
/// </summary>
public sealed class StorageMetricsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Journal_size_and_transactions_grow_with_commits_and_fall_after_a_compaction_which_is_counted_and_timed()
    {
        using var recorder = new Recorder();
        using var storage = OpenRecovered(_folder.Path);
        var empty = recorder.Observe("graphexplorer.db.journal.size", storage.Folder);

        storage.Append(SampleMutations.Transaction(1));
        storage.Append(SampleMutations.Transaction(2));
        var grown = recorder.Observe("graphexplorer.db.journal.size", storage.Folder);
        var transactions = recorder.Observe("graphexplorer.db.journal.transactions", storage.Folder);
        storage.Compact([.. SampleMutations.Transaction(1), .. SampleMutations.Transaction(2)]);
        var compacted = recorder.Observe("graphexplorer.db.journal.size", storage.Folder);

        grown.Should().BeGreaterThan(empty!.Value);
        transactions.Should().Be(2);
        compacted.Should().Be(empty, "a new journal holds only its header");
        recorder.Observe("graphexplorer.db.journal.transactions", storage.Folder).Should().Be(0);
        recorder.Observe("graphexplorer.db.compactions", storage.Folder, ("outcome", "completed")).Should().Be(1);
        recorder.Observe("graphexplorer.db.compactions", storage.Folder, ("outcome", "failed")).Should().Be(0);
        recorder.Durations(storage.Folder).Should().ContainSingle().Which.Should().BeGreaterThan(0);
    }

    [Fact]
    public void The_journal_size_is_the_bytes_of_the_journal_file()
    {
        using var recorder = new Recorder();
        using var storage = OpenRecovered(_folder.Path);
        storage.Append(SampleMutations.Transaction(1));

        recorder.Observe("graphexplorer.db.journal.size", storage.Folder).Should().Be(new FileInfo(JournalPath(storage.Folder)).Length);
    }

    [Fact]
    public void A_closed_database_is_no_longer_reported()
    {
        using var recorder = new Recorder();
        string folder;
        using (var storage = OpenRecovered(_folder.Path))
        {
            folder = storage.Folder;
            recorder.Observe("graphexplorer.db.journal.size", folder).Should().NotBeNull();
        }

        recorder.Observe("graphexplorer.db.journal.size", folder).Should().BeNull();
    }

    private static string JournalPath(string folder) => Directory.GetFiles(folder, "journal-*.gxj").Single();

    /// <summary>Listens to the storage meter; reads observable instruments on demand and keeps the compaction times.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly List<(string Instrument, long Value, Dictionary<string, object?> Tags)> observed = [];
        private readonly List<(double Seconds, Dictionary<string, object?> Tags)> durations = [];

        public Recorder()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == StorageMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                lock (observed)
                {
                    observed.Add((instrument.Name, value, Tags(tags)));
                }
            });
            listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            {
                lock (durations)
                {
                    durations.Add((value, Tags(tags)));
                }
            });
            listener.Start();
        }

        /// <summary>The value <paramref name="instrument"/> reports now for <paramref name="folder"/>, or null when it reports none.</summary>
        public long? Observe(string instrument, string folder, (string Key, string Value)? tag = null)
        {
            lock (observed)
            {
                observed.Clear();
            }

            listener.RecordObservableInstruments();
            lock (observed)
            {
                return observed.Where(m => m.Instrument == instrument && Equals(m.Tags["db.namespace"], folder)
                        && (tag is not { } t || Equals(m.Tags.GetValueOrDefault(t.Key), t.Value)))
                    .Select(m => (long?)m.Value).SingleOrDefault();
            }
        }

        public List<double> Durations(string folder)
        {
            lock (durations)
            {
                return [.. durations.Where(d => Equals(d.Tags["db.namespace"], folder)).Select(d => d.Seconds)];
            }
        }

        public void Dispose() => listener.Dispose();

        private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var result = new Dictionary<string, object?>();
            foreach (var (key, value) in tags)
            {
                result[key] = value;
            }

            return result;
        }
    }
}
