namespace GraphExplorer.Architecture.Tests;

/// <summary>Finds the repository's folders by walking up from the test binaries to GraphExplorer.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The embedded Cypher engine's sources.</summary>
    public static string Engine => Path.Combine(Root, "src", "GraphExplorer.Cypher");

    /// <summary>A path relative to the repository root, with '/' separators, as messages show it.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GraphExplorer.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no GraphExplorer.sln above {AppContext.BaseDirectory}");
    }
}
