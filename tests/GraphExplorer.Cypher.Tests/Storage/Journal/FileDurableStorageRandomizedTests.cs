using System.Collections.Immutable;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;
using static GraphExplorer.Cypher.Tests.Storage.Journal.StorageTestHelpers;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>
/// Model-based test: random sequences of appends, compactions, reopenings and torn last writes, checked against a
/// plain list of the committed transactions after every reopening. Seeds are fixed so a failure reproduces.
/// </summary>
public sealed class FileDurableStorageRandomizedTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_histories_recover_exactly_what_was_committed(int seed)
    {
        var random = new Random(seed);
        var values = SampleMutations.Values().Select(row => (object?)row[1]).Where(v => v is not string { Length: > 1000 }).ToList();
        var model = new List<IReadOnlyList<GraphMutation>>();
        var storage = OpenRecovered(_folder.Path, Options(random));
        (string Path, long Before, long After)? lastAppend = null;
        var (compactions, tornWrites, reopenings) = (0, 0, 0);
        try
        {
            for (var step = 0; step < 120; step++)
            {
                var action = random.Next(100);
                if (action < 70)
                {
                    var transaction = RandomTransaction(random, values);
                    var journal = NewestJournal();
                    var before = new FileInfo(journal).Length;
                    storage.Append(transaction);
                    model.Add(transaction);
                    lastAppend = (journal, before, new FileInfo(journal).Length);
                    continue;
                }

                if (action < 80)
                {
                    storage.Compact(model.SelectMany(t => t));
                    compactions++;
                    lastAppend = null;
                    continue;
                }

                var lastSequence = storage.LastSequence;
                storage.Dispose();
                var tornExpected = false;
                if (action < 90 && lastAppend is { } torn && torn.After - torn.Before > 1)
                {
                    // Simulate a crash during the last append: keep only part of its record.
                    using (var stream = new FileStream(torn.Path, FileMode.Open))
                    {
                        stream.SetLength(random.NextInt64(torn.Before + 1, torn.After));
                    }

                    ManifestAsOf(_folder.Path, lastSequence - 1);

                    model.RemoveAt(model.Count - 1);
                    tornExpected = true;
                    tornWrites++;
                }

                lastAppend = null;
                reopenings++;
                var warnings = new List<string>();
                var recovered = Reopen(_folder.Path, warnings);
                MutationText.Of(recovered.SelectMany(b => b)).Should().Equal(MutationText.Of(model.SelectMany(t => t)), $"seed {seed}, step {step}");
                warnings.Should().HaveCount(tornExpected ? 1 : 0, $"seed {seed}, step {step}");
                storage = OpenRecovered(_folder.Path, Options(random));
                storage.LastSequence.Should().BeGreaterThanOrEqualTo(model.Count);
            }
        }
        finally
        {
            storage.Dispose();
        }

        MutationText.Of(Reopen(_folder.Path).SelectMany(b => b)).Should().Equal(MutationText.Of(model.SelectMany(t => t)));
        (compactions, tornWrites, reopenings).Should().Match<(int C, int T, int R)>(
            counts => counts.C > 0 && counts.T > 0 && counts.R > counts.T, "the history exercises every action");
    }

    private string NewestJournal() => Directory.GetFiles(_folder.Path, "journal-*.gxj").Max(StringComparer.Ordinal)!;

    private static FileDurableStorageOptions Options(Random random) =>
        new() { SnapshotChunkBytes = random.Next(1, 400) };

    private static List<GraphMutation> RandomTransaction(Random random, List<object?> values)
    {
        var mutations = SampleMutations.EveryMutation();
        var transaction = new List<GraphMutation>();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            var id = random.NextInt64(-5, 1000);
            transaction.Add(random.Next(4) switch
            {
                0 => new SetNodeProperty(id, "p" + random.Next(10), values[random.Next(values.Count)]),
                1 => new CreateNode(id, ["L" + random.Next(3)], Enumerable.Range(0, random.Next(4))
                    .ToImmutableDictionary(k => "k" + k, _ => values[random.Next(values.Count)] ?? 0L)),
                2 => new SetRelationshipProperty(id, "", values[random.Next(values.Count)]),
                _ => mutations[random.Next(mutations.Count)],
            });
        }

        return transaction;
    }
}
