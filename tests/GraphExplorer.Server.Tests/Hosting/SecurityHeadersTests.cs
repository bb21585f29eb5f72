using System.Net.Http.Headers;
using GraphExplorer.Server.Tests.GraphQL;

namespace GraphExplorer.Server.Tests.Hosting;

/// <summary>Every page and answer carries the security headers (issue #11: none had them).</summary>
public sealed class SecurityHeadersTests(TransportTestServer server) : IClassFixture<TransportTestServer>
{
    [Theory]
    [InlineData("/graphql", "text/html")]
    [InlineData("/health", "application/json")]
    [InlineData("/", "text/html")]
    public async Task Every_response_carries_the_security_headers(string path, string accept)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await client.SendAsync(request);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-eval");
    }
}
