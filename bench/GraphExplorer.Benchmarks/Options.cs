using System.Globalization;

namespace GraphExplorer.Benchmarks;

/// <summary>Command-line options: <c>cypher|graphql|generate|fulltext|reopen|scans|import-profile [--nodes N] [--relationships M] [--data DIR] [--out FILE] [--dump DIR] [--in-memory] [--budget SECONDS]</c>.</summary>
internal sealed record Options(string Benchmark, int Nodes, int Relationships, string? DataFolder, string? Output, string? Dump, bool InMemory, int? Budget = null)
{
    public static Options Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("cypher" or "graphql" or "generate" or "fulltext" or "reopen" or "scans" or "import-profile"))
        {
            throw new ArgumentException("usage: GraphExplorer.Benchmarks cypher|graphql|generate|fulltext|reopen|scans|import-profile [--nodes N] [--relationships M] [--data DIR] [--out FILE]");
        }

        return new Options(args[0], Int(args, "--nodes", 100_000), Int(args, "--relationships", 1_000_000), String(args, "--data"), String(args, "--out"), String(args, "--dump"), args.Contains("--in-memory"),
            String(args, "--budget") is null ? null : Int(args, "--budget", 0));
    }

    /// <summary>The repository root (the folder holding GraphExplorer.sln), searched upwards from the working directory.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GraphExplorer.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (no GraphExplorer.sln found above the working directory).");
    }

    private static int Int(string[] args, string name, int fallback) =>
        String(args, name) is { } text ? int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;

    private static string? String(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
