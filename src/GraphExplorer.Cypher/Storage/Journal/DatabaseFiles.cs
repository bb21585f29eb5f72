using System.Globalization;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>Names of the files in a database folder (see <see cref="JournalFormat"/>). Thread-safe (immutable).</summary>
internal sealed class DatabaseFiles(string folder)
{
    public const string SnapshotFileName = "snapshot.gxs";
    public const string TemporarySuffix = ".tmp";
    private const string JournalPrefix = "journal-";
    private const string JournalSuffix = ".gxj";
    private const int SequenceDigits = 20;

    public string Folder { get; } = folder;

    public string Snapshot => Path.Combine(Folder, SnapshotFileName);

    public string SnapshotTemporary => Snapshot + TemporarySuffix;

    public string Journal(long firstSequence) =>
        Path.Combine(Folder, JournalPrefix + firstSequence.ToString("D" + SequenceDigits, CultureInfo.InvariantCulture) + JournalSuffix);

    /// <summary>The journals in the folder, by first sequence number.</summary>
    public List<(long FirstSequence, string Path)> ListJournals()
    {
        var journals = new List<(long, string)>();
        foreach (var path in Directory.EnumerateFiles(Folder, JournalPrefix + "*" + JournalSuffix))
        {
            if (TryParseJournalName(Path.GetFileName(path), out var first))
            {
                journals.Add((first, path));
            }
        }

        journals.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return journals;
    }

    /// <summary>Temporary files a compaction left behind (snapshot or journal), which opening deletes.</summary>
    public IEnumerable<string> ListTemporaryFiles()
    {
        if (File.Exists(SnapshotTemporary))
        {
            yield return SnapshotTemporary;
        }

        foreach (var path in Directory.EnumerateFiles(Folder, JournalPrefix + "*" + JournalSuffix + TemporarySuffix))
        {
            var name = Path.GetFileName(path);
            if (TryParseJournalName(name[..^TemporarySuffix.Length], out _))
            {
                yield return path;
            }
        }
    }

    private static bool TryParseJournalName(string name, out long firstSequence)
    {
        firstSequence = 0;
        if (name.Length != JournalPrefix.Length + SequenceDigits + JournalSuffix.Length
            || !name.StartsWith(JournalPrefix, StringComparison.Ordinal)
            || !name.EndsWith(JournalSuffix, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = name.AsSpan(JournalPrefix.Length, SequenceDigits);
        return !digits.ContainsAnyExceptInRange('0', '9')
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out firstSequence);
    }
}
