namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Where the server finds what it ships with: the seed scripts (cypher/), the built web client (client/dist) and the
/// default data folder. Run from a clone, these are the repository's folders, found by walking up from the binaries
/// to GraphExplorer.sln; installed elsewhere, they sit beside the binaries.
/// </summary>
public sealed class ProductLayout
{
    private ProductLayout(string root)
    {
        Root = root;
    }

    /// <summary>The repository root (or the binaries' folder when not run from a clone).</summary>
    public string Root { get; }

    public string SeedScripts => Path.Combine(Root, "cypher");

    public string ClientBundle => Path.Combine(Root, "client", "dist");

    /// <summary>Resolves a configured path: absolute paths stay, relative ones are taken from <see cref="Root"/>.</summary>
    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    public static ProductLayout Discover()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
            {
                return new ProductLayout(directory.FullName);
            }
        }

        return new ProductLayout(AppContext.BaseDirectory);
    }
}
