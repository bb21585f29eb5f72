using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using GraphExplorer.Server.Access;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Access;

/// <summary>
/// The briefing printer's tickets: with sign-in required, the headless Chromium reads as the user who asked for the PDF
/// through a ticket, which works from this machine until it expires or is withdrawn, and never afterwards.
/// </summary>
public sealed class PrintTicketTests(SignInTestServer server) : IClassFixture<SignInTestServer>
{
    private const string Read = """{ search(text: "JAXA", first: 1) { entity { id } } }""";

    [Fact]
    public async Task A_ticket_reads_as_its_user_until_it_is_withdrawn()
    {
        var tickets = server.Services.GetRequiredService<PrintTickets>();
        var ticket = tickets.Issue(User("printer-test@example.org"), TimeSpan.FromMinutes(1));

        using (var response = await SendAsync(ticket))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        tickets.Withdraw(ticket);
        using var after = await SendAsync(ticket);
        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_ticket_from_another_machine_is_refused()
    {
        var ticket = server.Services.GetRequiredService<PrintTickets>().Issue(User("printer-test@example.org"), TimeSpan.FromMinutes(1));

        using var response = await SendAsync(ticket, from: "192.0.2.7");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_ticket_is_refused()
    {
        using var response = await SendAsync("no-such-ticket");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            .Should().Be("UNAUTHENTICATED");
    }

    [Fact]
    public void A_ticket_expires_after_its_lifetime()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var tickets = new PrintTickets(clock);
        var ticket = tickets.Issue(User("a"), TimeSpan.FromSeconds(90));

        clock.Now += TimeSpan.FromSeconds(89);
        tickets.Redeem(ticket).Should().NotBeNull();
        clock.Now += TimeSpan.FromSeconds(1);
        tickets.Redeem(ticket).Should().BeNull();
    }

    private static ClaimsPrincipal User(string name) =>
        new(new ClaimsIdentity([new Claim("preferred_username", name)], "test", "preferred_username", "roles"));

    private async Task<HttpResponseMessage> SendAsync(string ticket, string? from = null)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Read }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add(PrintTickets.Header, ticket);
        if (from is not null)
        {
            request.Headers.Add(SignInTestServer.RemoteAddressHeader, from);
        }
        return await client.SendAsync(request);
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
