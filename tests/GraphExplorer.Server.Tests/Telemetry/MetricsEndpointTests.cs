using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GraphExplorer.Server.Tests.Api;
using GraphExplorer.Server.Tests.Support;
using GraphExplorer.TestSupport.Backends;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> with <c>Telemetry:PrometheusEnabled</c>: after a few requests, a scrape finds the HTTP request
/// counts and latency, the database statement and transaction times, GraphQL errors by code, the document cache,
/// the runtime's heap and working set and the embedded database's journal and compactions;
/// a client on another machine is refused; without the setting there is no <c>/metrics</c>.
/// </summary>
public sealed class MetricsEndpointTests(MetricsEndpointTests.PrometheusServer server) : IClassFixture<MetricsEndpointTests.PrometheusServer>
{
    public sealed class PrometheusServer() : ExplorerTestServer(new Dictionary<string, string?> { ["Telemetry:PrometheusEnabled"] = "true" })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
        }
    }

    [Fact]
    public async Task A_scrape_after_requests_finds_request_database_error_and_cache_metrics()
    {
        await server.DataAsync("""query MetricsProbe { search(text: "JAXA", first: 2) { entity { id } } }""");
        await server.DataAsync("""query MetricsProbe { search(text: "JAXA", first: 2) { entity { id } } }""");
        var refused = await server.PostAsync("""{ noSuchField }""");
        var code = refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

        var metrics = await ScrapeAsync();

        metrics.Should().Contain("http_server_request_duration_seconds_count{")
            .And.Contain("http_route=\"/graphql\"");
        metrics.Should().Contain("graphexplorer_db_statement_duration_seconds_count{");
        metrics.Should().Contain("graphexplorer_db_transaction_duration_seconds_bucket{");
        metrics.Split('\n').Should().Contain(line => line.StartsWith("graphexplorer_graphql_errors_total{", StringComparison.Ordinal) && line.Contains($"code=\"{code}\""));
        metrics.Should().Contain("graphexplorer_db_statement_duration_seconds_bucket{").And.Contain("le=\"0.005\"", "durations are in seconds, with buckets for seconds");
        // Only present, not counted: the test process runs several servers, and meters of one name are merged across them.
        // The runtime's meter: the managed heap after the last collection and the working set, so an operator can tell
        // memory the server holds from memory the runtime keeps.
        metrics.Should().Contain("dotnet_gc_last_collection_heap_size_bytes{").And.Contain("dotnet_process_memory_working_set_bytes");
        metrics.Should().Contain("graphexplorer_graphql_document_cache_hits_total{").And.Contain("graphexplorer_graphql_document_cache_misses_total{");
        if (TestBackend.Kind == TestBackendKind.Embedded)
        {
            // The journal is the embedded store's: over the Query API or Neo4j, Neo4j reports its own storage.
            metrics.Should().Contain("graphexplorer_db_journal_size_bytes{").And.Contain("graphexplorer_db_journal_transactions{")
                .And.Contain("graphexplorer_db_compactions_total{");
        }
    }

    [Fact]
    public async Task A_client_on_another_machine_is_refused()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add(ClientAddressFilter.Header, "192.0.2.9");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("this machine only");
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        using var plain = new ExplorerTestServer();
        using var client = plain.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/plain"));

        using var response = await client.GetAsync("/metrics");

        (await response.Content.ReadAsStringAsync()).Should().NotContain("http_server_request_duration_seconds");
    }

    private async Task<string> ScrapeAsync()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/metrics");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
