using System.Net;
using GraphExplorer.Server.Briefing;
using GraphExplorer.Server.Tests.Api;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace GraphExplorer.Server.Tests.Briefing;

/// <summary>
/// <c>GET /briefing.pdf</c> refuses plainly when it cannot print: no Chromium (503, naming the path and the setting and
/// pointing to the printable page), a view description too long (414). Printing itself is covered by the browser tests,
/// which run the real server with Debian's Chromium.
/// </summary>
public sealed class BriefingPdfEndpointTests(BriefingPdfEndpointTests.NoChromiumServer server) : IClassFixture<BriefingPdfEndpointTests.NoChromiumServer>
{
    public sealed class NoChromiumServer() : ExplorerTestServer(new Dictionary<string, string?> { ["Briefing:ChromiumPath"] = MissingChromium })
    {
        public const string MissingChromium = "/nonexistent/graphexplorer-test/chromium";
    }

    [Fact]
    public async Task Without_Chromium_the_PDF_is_refused_with_503_naming_the_path_the_setting_and_the_printable_page()
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/briefing.pdf?e=org%3Ajaxa&x=org%3Ajaxa");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        text.Should().Contain(NoChromiumServer.MissingChromium).And.Contain("Briefing:ChromiumPath").And.Contain("/briefing.html?e=org%3Ajaxa&x=org%3Ajaxa");
    }

    [Fact]
    public async Task A_view_description_past_the_limit_is_refused_with_414()
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/briefing.pdf?" + string.Join('&', Enumerable.Range(0, 1200).Select(i => $"x=org%3A{i:D6}")));

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"at most {BriefingPdfEndpoint.MaxQueryLength}");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://+:80", "http://127.0.0.1/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://[::1]:8080/")]
    public void Chromium_loads_the_page_from_the_servers_own_address_with_a_wildcard_host_made_loopback(string listening, string expected)
    {
        BriefingPdfEndpoint.LocalOrigin(new ListeningServer("https://0.0.0.0:8443", listening))!.ToString().Should().Be(expected);
    }

    [Fact]
    public void A_server_listening_on_no_address_has_no_origin_to_print_from()
    {
        BriefingPdfEndpoint.LocalOrigin(new ListeningServer()).Should().BeNull();
    }

    private sealed class ListeningServer : IServer
    {
        public ListeningServer(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
