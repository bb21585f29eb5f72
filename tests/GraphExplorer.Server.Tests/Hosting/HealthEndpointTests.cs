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

        var health = await HealthAsync();

        health.GetProperty("status").GetString().Should().Be("degraded");
        health.GetProperty("warnings")[0].GetString().Should().Contain("ends at transaction 2 but transaction 3 was committed");
    }

    [Fact]
    public async Task A_whole_database_is_healthy()
    {
        (await HealthAsync()).GetProperty("status").GetString().Should().Be("healthy");
    }

    private async Task<JsonElement> HealthAsync()
    {
        await using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Backend", "embedded");
            builder.UseSetting("Database:Path", folder.Path);
            builder.UseSetting("Seed:LoadOnStart", "false");
        });
        using var client = server.CreateClient();
        return await client.GetFromJsonAsync<JsonElement>("/health");
    }
}
