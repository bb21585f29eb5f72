using System.Reflection;

namespace GraphExplorer.Browser.Tests.Infrastructure;

/// <summary>
/// What the browser tests need from the machine, found once: Debian's Chromium (never downloaded), the server's built
/// dll of this test assembly's configuration, and the built web client (client/dist with both pages). When any is
/// missing, <see cref="SkipReason"/> says which, and every browser test is skipped with that reason instead of failing.
/// </summary>
internal static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Chromium switches for a headless run on a build machine: no sandbox (containers), no GPU, no network of its own.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private static readonly Lazy<string?> LazySkipReason = new(FindSkipReason);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Configuration { get; } =
        typeof(BrowserEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "BuildConfiguration")?.Value ?? "Debug";

    public static string ServerDll => Path.Combine(RepositoryRoot, "src", "GraphExplorer.Server", "bin", Configuration, "net10.0", "GraphExplorer.Server.dll");

    public static string ClientDist => Path.Combine(RepositoryRoot, "client", "dist");

    /// <summary>axe-core's browser build, from the web client's npm dependencies.</summary>
    public static string AxeScript => Path.Combine(RepositoryRoot, "client", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Where screenshots of the main views are kept as test artefacts (gitignored).</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryRoot, "tests", "GraphExplorer.Browser.Tests", "TestResults", "screenshots");

    /// <summary>Null when the browser tests can run; otherwise why they cannot.</summary>
    public static string? SkipReason => LazySkipReason.Value;

    private static string? FindSkipReason()
    {
        if (!File.Exists(ChromiumPath))
        {
            return $"{ChromiumPath} is absent: install Debian's Chromium (apt-get install -y chromium) to run the browser tests.";
        }

        if (!File.Exists(ServerDll))
        {
            return $"The server is not built for {Configuration}: {ServerDll} is missing.";
        }

        if (!File.Exists(Path.Combine(ClientDist, "index.html")) || !File.Exists(Path.Combine(ClientDist, "graphiql.html")))
        {
            return "The web client is not built: run `npm ci && npm run build` in client/ (client/dist needs index.html and graphiql.html).";
        }

        if (!File.Exists(AxeScript))
        {
            return $"axe-core is not installed: run `npm ci` in client/ ({AxeScript} is missing).";
        }

        return null;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"GraphExplorer.sln not found above {AppContext.BaseDirectory}.");
    }
}
