namespace GraphExplorer.Application.Tests.Support;

/// <summary>Finds the repository's folders by walking up from the test binaries to GraphExplorer.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedScripts => Path.Combine(Root, "cypher");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GraphExplorer.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphExplorer.sln above {AppContext.BaseDirectory}.");
    }
}
