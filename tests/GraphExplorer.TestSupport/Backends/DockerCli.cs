using System.Diagnostics;

namespace GraphExplorer.TestSupport.Backends;

/// <summary>
/// Runs the docker command line. Testcontainers cannot be used here (its dependencies are not in the package feed), and
/// the few commands the Neo4j fixtures need do not justify more.
/// </summary>
public static class DockerCli
{
    private static readonly Lazy<string?> Unavailability = new(Probe);

    /// <summary>Null when a Docker engine answers; otherwise why not.</summary>
    public static string? WhyUnavailable => Unavailability.Value;

    public static async Task<string> RunAsync(TimeSpan timeout, params string[] arguments)
    {
        var (exitCode, output, error) = await ExecuteAsync(timeout, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"docker {string.Join(' ', arguments)} failed ({exitCode}): {error.Trim()}");
        }

        return output.Trim();
    }

    private static string? Probe()
    {
        try
        {
            var (exitCode, output, error) = ExecuteAsync(TimeSpan.FromSeconds(5), "info", "--format", "{{.ServerVersion}}").GetAwaiter().GetResult();
            return exitCode == 0 && output.Trim().Length > 0
                ? null
                : $"`docker info` failed: {(error.Trim().Length > 0 ? error.Trim() : output.Trim())}";
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception or TimeoutException)
        {
            return $"`docker info` could not run: {exception.Message}";
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> ExecuteAsync(TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("docker")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"docker {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        return (process.ExitCode, await output, await error);
    }
}
