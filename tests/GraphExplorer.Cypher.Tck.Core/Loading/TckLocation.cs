namespace GraphExplorer.Cypher.Tck.Loading;

/// <summary>Finds the shared copy of the TCK: the nearest <c>shared/opencypher/tck</c> above a starting folder.</summary>
public static class TckLocation
{
    private static readonly string RelativeFeatures = Path.Combine("shared", "opencypher", "tck", "features");

    /// <summary>
    /// The first features folder found by walking up from each start folder: at each level,
    /// <c>shared/opencypher/tck/features</c> or <c>../shared/opencypher/tck/features</c>; null when none exists.
    /// </summary>
    public static string? FindFeatures(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(folder.FullName, RelativeFeatures), Path.Combine(folder.FullName, "..", RelativeFeatures) })
                {
                    if (Directory.Exists(candidate))
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The graphs folder that sits beside a features folder (tck/features → tck/graphs).</summary>
    public static string GraphsFor(string featuresFolder) =>
        Path.GetFullPath(Path.Combine(featuresFolder, "..", "graphs"));
}
