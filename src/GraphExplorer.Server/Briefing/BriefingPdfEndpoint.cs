using System.Security.Claims;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Server.Access;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GraphExplorer.Server.Briefing;

/// <summary>
/// <c>GET /briefing.pdf?&lt;view&gt;</c>: the briefing pack of the view the query string describes (the explorer's own
/// permalink parameters: <c>e</c>, <c>x</c>, <c>h</c>, filters, <c>lang</c>…; <c>brief=counterpart</c> for the
/// counterpart brief of <c>e</c>) as an A4 PDF, printed by Chromium from this server's <c>briefing.html</c>. Chromium
/// loads the page from the server's own listening address, never from the request's Host header.
/// </summary>
internal static class BriefingPdfEndpoint
{
    /// <summary>Longest accepted view description; a permalink of a few hundred expansions fits.</summary>
    public const int MaxQueryLength = 16_384;

    public static void Map(WebApplication app)
    {
        app.MapGet("/briefing.pdf", async (
            HttpContext context, ChromiumPdfPrinter printer, IServer server, AccessSettings access, PrintTickets tickets, CancellationToken cancellationToken) =>
        {
            var query = context.Request.QueryString.Value ?? "";
            if (query.Length > MaxQueryLength)
            {
                return Results.Text($"The view description is {query.Length} characters long; at most {MaxQueryLength} are accepted.", statusCode: StatusCodes.Status414RequestUriTooLong);
            }

            try
            {
                printer.EnsureChromium("/briefing.html" + query);
                var origin = LocalOrigin(server) ?? throw new BriefingPdfException(BriefingPdfFailureKind.NoLocalAddress,
                    "The server listens on no http address Chromium could load the briefing page from.");
                // With sign-in required, Chromium reads as the user who asked, through a ticket in the page's address.
                var ticket = access.RequireSignIn ? tickets.Issue(PrintingUser(context, access), printer.Timeout + TicketGrace) : null;
                byte[] pdf;
                try
                {
                    var page = "briefing.html" + (ticket is null ? query : AddTicket(query, ticket));
                    pdf = await printer.PrintAsync(new Uri(origin, page), cancellationToken);
                }
                finally
                {
                    if (ticket is not null)
                    {
                        tickets.Withdraw(ticket);
                    }
                }

                var name = $"briefing-{DateTime.UtcNow:yyyy-MM-dd}.pdf";
                return Results.File(pdf, "application/pdf", name);
            }
            catch (BriefingPdfException exception)
            {
                return Results.Text(exception.Message, "text/plain; charset=utf-8", statusCode: exception.StatusCode);
            }
        });
    }

    /// <summary>Beyond Chromium's own time limit, how long a print ticket lasts (Chromium's start and the page's load).</summary>
    private static readonly TimeSpan TicketGrace = TimeSpan.FromSeconds(30);

    private static string AddTicket(string query, string ticket) =>
        (query.Length == 0 ? "?" : query + "&") + PrintTickets.QueryParameter + "=" + Uri.EscapeDataString(ticket);

    /// <summary>Who the printer reads as: the signed-in user, or a steward by key (the gate let nobody else through).</summary>
    private static ClaimsPrincipal PrintingUser(HttpContext context, AccessSettings access)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return context.User;
        }

        var steward = BearerCredential.StewardKey(context.Request) is { } key ? context.RequestServices.GetRequiredService<StewardKeyVerifier>().Verify(key) : null;
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(access.NameClaim, steward ?? throw new InvalidOperationException("A briefing pack was asked for by no authenticated user while sign-in is required.")),
             new Claim(access.RoleClaim, access.StewardRole)],
            "StewardKey", access.NameClaim, access.RoleClaim));
    }

    /// <summary>An http address this server listens on, with a wildcard host made a loopback one.</summary>
    internal static Uri? LocalOrigin(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 1 : 0))
        {
            var normalised = address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://[::]", "://[::1]", StringComparison.Ordinal);
            if (Uri.TryCreate(normalised.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }
        }

        return null;
    }
}
