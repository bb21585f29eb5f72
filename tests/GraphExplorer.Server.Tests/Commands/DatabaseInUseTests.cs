using System.Diagnostics;
using GraphExplorer.Database;
using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.Tests.Commands;

/// <summary>A command run while another process (the server) holds the embedded database says so in one line.</summary>
public sealed class DatabaseInUseTests
{
    [Fact]
    public async Task A_command_on_a_database_the_server_holds_prints_one_line_and_no_stack_trace()
    {
        var folder = Path.Combine(Path.GetTempPath(), "graphexplorer-in-use-" + Guid.NewGuid().ToString("N"));
        try
        {
            // This process holds the database as the running server would.
            await using var held = DatabaseFactory.Open(new DatabaseSettings { Path = folder }, ProductLayout.Discover());
            await held.VerifyConnectivityAsync();

            var (exitCode, output, errors) = await RunServerCommandAsync("validate", $"--Database:Path={folder}");

            errors.Trim().Should().Be("database is in use — stop the server or use the API", output);
            exitCode.Should().Be(3);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunServerCommandAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraphExplorer.Server.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
