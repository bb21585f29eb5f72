using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// The real GraphExplorer server run as a child process (<c>dotnet run -c Release</c>, the web client bundle not
/// built; or, with <c>build: false</c>, the server as last built), on a free loopback port, until disposed. Start-up returns once <c>GET /health</c> answers 200. The process
/// and its children are killed on dispose; its output is kept for the error message when it fails to start.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Seconds from the process start until <c>/health</c> answered (build check, database open or recovery, seed loading).</summary>
    public double StartSeconds { get; private set; }

    /// <param name="settings">More <c>--Key=value</c> settings (e.g. a steward key's entry).</param>
    public static async Task<ServerProcess> StartAsync(string repositoryRoot, string databaseFolder, bool loadSeed, bool build, TimeSpan timeout,
        IEnumerable<string>? settings = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "run", "-c", "Release", "--project", "src/GraphExplorer.Server", "-p:SkipClientBuild=true", build ? "--no-restore" : "--no-build", "--",
            "--urls", $"http://127.0.0.1:{port}", $"--Database:Path={databaseFolder}", $"--Seed:LoadOnStart={(loadSeed ? "true" : "false")}",
            // Request logging off, as in production: the figures are the server's work, not the console's.
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
        })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var setting in settings ?? [])
        {
            info.ArgumentList.Add(setting);
        }

        var started = Stopwatch.GetTimestamp();
        var server = new ServerProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"), new Uri($"http://127.0.0.1:{port}/"));
        server.process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(5) };
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (server.process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    server.StartSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // listening but busy (recovery): ask again
            }

            await Task.Delay(500);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"the server did not answer /health within {timeout.TotalSeconds:N0} s; its output:\n{string.Join('\n', server.output.TakeLast(40))}");
    }

    /// <summary>
    /// The resident memory of the server, in bytes: the process <c>dotnet run</c> started (its child) and those below
    /// it, from <c>/proc</c> (Linux); null elsewhere.
    /// </summary>
    public long? ServerResidentBytes()
    {
        if (!OperatingSystem.IsLinux() || process.HasExited)
        {
            return null;
        }

        long total = 0;
        var parents = new HashSet<int> { process.Id };
        // Children of the dotnet-run host, then their children (a shallow tree: host → server).
        for (var generation = 0; generation < 3; generation++)
        {
            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(directory), out var pid) || parents.Contains(pid))
                {
                    continue;
                }

                try
                {
                    var status = File.ReadAllLines(Path.Combine(directory, "status"));
                    var parent = status.FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
                    if (parent is not null && parents.Contains(int.Parse(parent[5..].Trim(), System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        parents.Add(pid);
                        var rss = status.FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                        total += rss is null ? 0 : long.Parse(rss[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                    }
                }
                catch (IOException)
                {
                    // the process ended meanwhile
                }
            }
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
