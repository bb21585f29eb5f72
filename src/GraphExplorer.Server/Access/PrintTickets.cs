using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;

namespace GraphExplorer.Server.Access;

/// <summary>
/// Short-lived tickets that let the headless Chromium printing a briefing pack read as the user who asked for the PDF:
/// Chromium loads <c>briefing.html</c> from this server without the user's cookie or token, so the endpoint issues a
/// ticket for the user, puts it in the page's address, and the page sends it back in <see cref="Header"/> with each
/// GraphQL request. A ticket is a 256-bit random secret, accepted only from a loopback address, until it expires.
/// </summary>
/// <remarks>Thread-safe: tickets live in a concurrent dictionary; expired ones are dropped whenever one is issued.</remarks>
internal sealed class PrintTickets(TimeProvider time)
{
    /// <summary>The request header (and the page's query parameter <see cref="QueryParameter"/>) that carries a ticket.</summary>
    public const string Header = "X-GraphExplorer-Print-Ticket";

    public const string QueryParameter = "printTicket";

    private readonly ConcurrentDictionary<string, (ClaimsPrincipal User, DateTimeOffset Expires)> tickets = new(StringComparer.Ordinal);

    /// <summary>A new ticket reading as <paramref name="user"/> for <paramref name="lifetime"/>.</summary>
    public string Issue(ClaimsPrincipal user, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        foreach (var (expired, _) in tickets.Where(t => t.Value.Expires <= now))
        {
            tickets.TryRemove(expired, out _);
        }

        var ticket = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        tickets[ticket] = (user, now + lifetime);
        return ticket;
    }

    /// <summary>The user a ticket reads as, or null when it is unknown or has expired.</summary>
    public ClaimsPrincipal? Redeem(string ticket) =>
        tickets.TryGetValue(ticket, out var entry) && entry.Expires > time.GetUtcNow() ? entry.User : null;

    /// <summary>Ends a ticket once its page is printed.</summary>
    public void Withdraw(string ticket) => tickets.TryRemove(ticket, out _);
}
