using System.Diagnostics;

namespace GraphExplorer.GraphQL.Tests.TestSupport;

/// <summary>Finds and runs node/npm for the graphql-js compatibility checks.</summary>
internal static class NodeTool
{
    public static readonly string? Executable = Find("node");

    public static string? Find(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in new[] { name, name + ".exe", name + ".cmd" })
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    /// <summary>The committed introspection-compat folder (found upwards from the test binaries).</summary>
    public static string CompatDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "introspection-compat");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }

            candidate = Path.Combine(directory.FullName, "tests", "GraphExplorer.GraphQL.Tests", "introspection-compat");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("introspection-compat folder not found above " + AppContext.BaseDirectory);
    }

    public static void EnsurePackages(string directory)
    {
        if (Directory.Exists(Path.Combine(directory, "node_modules", "graphql")))
        {
            return;
        }

        var npm = Find("npm") ?? throw new InvalidOperationException("npm is not on PATH but node_modules is missing; run `npm ci` in " + directory);
        var (code, output) = Run(npm, ["ci", "--no-audit", "--no-fund"], directory);
        if (code != 0)
        {
            throw new InvalidOperationException("npm ci failed:\n" + output);
        }
    }

    public static (int ExitCode, string Output) Run(string executable, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} did not finish in 3 minutes.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
