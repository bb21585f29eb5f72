namespace GraphExplorer.Cypher.Tck.Loading;

/// <summary>
/// Finds the repository's copy of the openCypher TCK (<c>tests/opencypher/tck</c>, Apache 2.0, with its LICENSE and
/// NOTICE beside it): the nearest one above a starting folder. A clone holds everything its tests read, so nothing
/// outside the repository is looked at.
/// </summary>
public static class TckLocation
{
    /// <summary>The features folder relative to the repository root.</summary>
    public static readonly string RelativeFeatures = Path.Combine("tests", "opencypher", "tck", "features");

    /// <summary>
    /// The first features folder found by walking up from each start folder (at each level,
    /// <c>tests/opencypher/tck/features</c>); null when none exists.
    /// </summary>
    public static string? FindFeatures(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, RelativeFeatures);
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }
}
