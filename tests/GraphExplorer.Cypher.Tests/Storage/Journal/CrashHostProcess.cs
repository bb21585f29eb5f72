using System.Diagnostics;
using System.Reflection;
using System.Threading.Channels;

namespace GraphExplorer.Cypher.Tests.Storage.Journal;

/// <summary>
/// A running GraphExplorer.Cypher.CrashHost child (protocol in its Program.cs): started with <c>dotnet &lt;dll&gt;</c>,
/// its stdout lines collected as they come, killed with its whole process tree on demand or on dispose.
/// </summary>
internal sealed class CrashHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _allLines = [];
    private readonly Task _stdoutPump;
    private readonly Task<string> _stderr;

    private CrashHostProcess(Process process)
    {
        _process = process;
        _stdoutPump = PumpAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The child's assembly, located through the metadata the test project's build embeds.</summary>
    public static string HostAssemblyPath
    {
        get
        {
            var path = typeof(CrashHostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "CrashHostPath")?.Value;
            return path is not null && File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"The crash-test child was not found at '{path}'; build tests/GraphExplorer.Cypher.Tests (it builds the child first).");
        }
    }

    public static CrashHostProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new CrashHostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Every stdout line received so far (complete after <see cref="KillAndDrainAsync"/> or <see cref="WaitForExitAsync"/>).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_allLines)
            {
                return [.. _allLines];
            }
        }
    }

    /// <summary>Waits for the next stdout line starting with <paramref name="prefix"/>, skipping others.</summary>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(cancel.Token);
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            throw new TimeoutException(
                $"the child printed no '{prefix}' line within {timeout} (exited: {_process.HasExited}); stderr: {await StderrIfExitedAsync()}", e);
        }
    }

    /// <summary>Like <see cref="WaitForLineAsync"/>, but false (child still running) when the time is up.</summary>
    public async Task<bool> TryWaitForLineAsync(string prefix, TimeSpan timeout)
    {
        try
        {
            await WaitForLineAsync(prefix, timeout);
            return true;
        }
        catch (TimeoutException) when (!_process.HasExited)
        {
            return false;
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Kills the child and its tree at once, then reads everything it had written to stdout before dying.</summary>
    public async Task KillAndDrainAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        await WaitForExitAsync();
    }

    public async Task<(int ExitCode, string Stderr)> WaitForExitAsync()
    {
        await _process.WaitForExitAsync();
        await _stdoutPump;
        return (_process.ExitCode, await _stderr);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private async Task PumpAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            lock (_allLines)
            {
                _allLines.Add(line);
            }

            _lines.Writer.TryWrite(line);
        }

        _lines.Writer.TryComplete();
    }

    private async Task<string> StderrIfExitedAsync() => _process.HasExited ? await _stderr : "(still running)";
}
