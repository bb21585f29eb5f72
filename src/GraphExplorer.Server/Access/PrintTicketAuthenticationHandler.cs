using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.Access;

/// <summary>Authenticates the briefing printer's requests by their print ticket (see <see cref="PrintTickets"/>); any
/// other request gets no result from this scheme.</summary>
internal sealed class PrintTicketAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PrintTickets tickets)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PrintTicket";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[PrintTickets.Header].ToString() is not { Length: > 0 } ticket)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (Context.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
        {
            return Task.FromResult(AuthenticateResult.Fail("A print ticket is accepted only from this machine."));
        }

        return Task.FromResult(tickets.Redeem(ticket) is { } user
            ? AuthenticateResult.Success(new AuthenticationTicket(user, SchemeName))
            : AuthenticateResult.Fail("The print ticket is unknown or has expired."));
    }
}
