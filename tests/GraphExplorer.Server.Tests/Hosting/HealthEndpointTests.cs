using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphExplorer.Server.Tests.Hosting;

/// <summary><c>/health</c> says degraded when opening the database reported damage (issue #11: it said healthy).</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly DamagedDatabaseFolder folder = new(commits: 3);

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_journal_cut_at_a_record_boundary_makes_the_server_degraded_with_the_warning()
    {
        folder.CutAfter(2);

        var health = (await HealthAsync("/health"))[0];

        health.GetProperty("status").GetString().Should().Be("degraded");
        health.GetProperty("warnings")[0].GetString().Should().Contain("ends at transaction 2 but transaction 3 was committed");
    }

    [Fact]
    public async Task A_whole_database_is_healthy()
    {
        (await HealthAsync("/health"))[0].GetProperty("status").GetString().Should().Be("healthy");
    }

    [Fact]
    public async Task Live_says_the_process_serves_and_ready_says_whether_the_database_answers()
    {
        folder.CutAfter(2);

        var answers = await HealthAsync("/health/live", "/health/ready");

        answers[0].GetProperty("status").GetString().Should().Be("live");
        var ready = answers[1];
        ready.GetProperty("status").GetString().Should().Be("degraded");
        ready.GetProperty("backend").GetString().Should().Be("embedded");
    }

    /// <summary>Asks one server (opening the database once: opening repairs a cut journal) each path in turn.</summary>
    private async Task<JsonElement[]> HealthAsync(params string[] paths)
    {
        await using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Backend", "embedded");
            builder.UseSetting("Database:Path", folder.Path);
            builder.UseSetting("Seed:LoadOnStart", "false");
        });
        using var client = server.CreateClient();
        var answers = new List<JsonElement>();
        foreach (var path in paths)
        {
            answers.Add(await client.GetFromJsonAsync<JsonElement>(path));
        }

        return [.. answers];
    }
}
