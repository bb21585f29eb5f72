using GraphExplorer.Cypher;

namespace GraphExplorer.Server.Tests.Support;

/// <summary>
/// An embedded database folder with a few committed transactions whose journal is then damaged the way issue #11 found
/// it: cut at a record boundary (committed transactions lost, the journal still reads cleanly) or with a torn tail.
/// Deleted on dispose.
/// </summary>
public sealed class DamagedDatabaseFolder : IDisposable
{
    private const string Journal = "journal-00000000000000000001.gxj";
    private readonly List<long> lengths = [];

    public DamagedDatabaseFolder(int commits)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graphexplorer-damaged-" + Guid.NewGuid().ToString("N"));
        Task.Run(async () =>
        {
            await using var database = EmbeddedGraphDatabase.Open(Path);
            lengths.Add(JournalLength);
            for (var i = 1; i <= commits; i++)
            {
                await using var session = database.OpenSession();
                await session.RunAsync($"CREATE (:Item {{n: {i}}})");
                lengths.Add(JournalLength);
            }
        }).GetAwaiter().GetResult();
    }

    public string Path { get; }

    private long JournalLength => new FileInfo(System.IO.Path.Combine(Path, Journal)).Length;

    /// <summary>Cuts the journal right after transaction <paramref name="kept"/>, on a record boundary.</summary>
    public void CutAfter(int kept) => SetJournalLength(lengths[kept]);

    /// <summary>Cuts the journal in the middle of the last record.</summary>
    public void TearLastRecord() => SetJournalLength(lengths[^1] - 5);

    /// <summary>Every file of the folder with a hash of its bytes.</summary>
    public List<string> Contents() =>
        [.. Directory.GetFiles(Path).Order(StringComparer.Ordinal)
            .Select(f => System.IO.Path.GetFileName(f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))];

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private void SetJournalLength(long length)
    {
        using var stream = new FileStream(System.IO.Path.Combine(Path, Journal), FileMode.Open);
        stream.SetLength(length);
    }
}
