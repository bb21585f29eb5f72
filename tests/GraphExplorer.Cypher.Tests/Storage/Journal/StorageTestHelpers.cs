using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

internal static class StorageTestHelpers
{
    public const string FirstJournal = "journal-00000000000000000001.gxj";

    /// <summary>
    /// Sets the commit manifest to <paramref name="sequence"/>: what a crash during the append of the next transaction
    /// leaves, since the manifest records a transaction only once its journal record is flushed.
    /// </summary>
    public static void ManifestAsOf(string folder, long sequence) => CommitManifest.Create(folder, sequence).Dispose();

    /// <summary>Opens the folder, recovers everything and closes it again.</summary>
    public static List<IReadOnlyList<GraphMutation>> Reopen(string folder, List<string>? warnings = null, FileDurableStorageOptions? options = null)
    {
        using var storage = FileDurableStorage.Open(folder, options, warnings is null ? null : warnings.Add);
        return storage.Recover().ToList();
    }

    /// <summary>Opens and recovers (the caller disposes).</summary>
    public static FileDurableStorage OpenRecovered(string folder, FileDurableStorageOptions? options = null, Action<string>? warn = null)
    {
        var storage = FileDurableStorage.Open(folder, options, warn);
        try
        {
            foreach (var _ in storage.Recover())
            {
            }

            return storage;
        }
        catch
        {
            storage.Dispose();
            throw;
        }
    }

    /// <summary>Creates a database holding transactions 1..count; returns the journal's length after each append (index 0 = empty).</summary>
    public static List<long> CreateJournal(string folder, int count)
    {
        var lengths = new List<long>();
        using var storage = OpenRecovered(folder);
        var journal = Path.Combine(folder, FirstJournal);
        lengths.Add(new FileInfo(journal).Length);
        for (var n = 1; n <= count; n++)
        {
            storage.Append(SampleMutations.Transaction(n));
            lengths.Add(new FileInfo(journal).Length);
        }

        return lengths;
    }

    public static List<string> Expected(int from, int to) =>
        MutationText.OfBatches(Enumerable.Range(from, to - from + 1).Select(n => SampleMutations.Transaction(n)));
}
