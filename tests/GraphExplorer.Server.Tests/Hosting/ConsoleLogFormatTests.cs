using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GraphExplorer.Server.Hosting;

namespace GraphExplorer.Server.Tests.Hosting;

/// <summary>
/// The console log reads as text for a person (a terminal, or the Development environment of <c>dotnet run</c>) and as
/// one JSON object per line where a collector reads it (output redirected), unless <c>Logging:Console:FormatterName</c>
/// says otherwise. The process tests run the built server with its output redirected, as a collector would.
/// </summary>
public sealed class ConsoleLogFormatTests
{
    [Theory]
    [InlineData(null, false, false, "json")]
    [InlineData(null, false, true, "simple")]
    [InlineData(null, true, false, "simple")]
    [InlineData("json", true, true, "json")]
    [InlineData("simple", false, false, "simple")]
    [InlineData("systemd", false, false, "systemd")]
    public void The_setting_wins_else_a_terminal_or_development_reads_text_else_json(string? configured, bool development, bool terminal, string expected) =>
        ConsoleLogFormat.Choose(configured, development, terminal).Should().Be(expected);

    [Fact]
    public async Task In_production_with_output_redirected_every_line_is_a_JSON_entry()
    {
        var lines = await StartupLinesAsync(("ASPNETCORE_ENVIRONMENT", "Production"));

        var entries = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var listening = entries.Single(e => e.GetProperty("Message").GetString()!.StartsWith("Now listening on", StringComparison.Ordinal));
        listening.GetProperty("LogLevel").GetString().Should().Be("Information");
        listening.GetProperty("Category").GetString().Should().Be("Microsoft.Hosting.Lifetime");
        listening.GetProperty("Timestamp").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task In_development_the_log_is_text_for_a_person()
    {
        var lines = await StartupLinesAsync(("ASPNETCORE_ENVIRONMENT", "Development"));

        lines.Should().Contain(line => line.Contains("info: Microsoft.Hosting.Lifetime[14] Now listening on: http://127.0.0.1:"));
        lines.Should().NotContain(line => line.TrimStart().StartsWith('{'));
    }

    [Fact]
    public async Task The_setting_makes_a_developer_s_log_JSON()
    {
        var lines = await StartupLinesAsync(("ASPNETCORE_ENVIRONMENT", "Development"), ("Logging__Console__FormatterName", "json"));

        lines.Should().NotBeEmpty().And.OnlyContain(line => line.StartsWith('{'));
    }

    /// <summary>Starts the built server (no seed, an empty database in a new folder) and returns its standard output
    /// lines up to the one saying it listens; then stops it.</summary>
    private static async Task<List<string>> StartupLinesAsync(params (string Name, string Value)[] environment)
    {
        var folder = Directory.CreateTempSubdirectory("graphexplorer-log-format-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraphExplorer.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["Database__Path"] = Path.Combine(folder, "graph");
        start.Environment["Seed__LoadOnStart"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        process.BeginErrorReadLine();
        var lines = new List<string>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.Contains("Now listening on", StringComparison.Ordinal))
                {
                    return lines;
                }
            }

            throw new Xunit.Sdk.XunitException($"The server ended before it listened:\n{string.Join('\n', lines)}\n{errors}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
