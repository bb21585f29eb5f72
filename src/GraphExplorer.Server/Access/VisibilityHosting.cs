using GraphExplorer.Application.Visibility;
using GraphExplorer.Database;

namespace GraphExplorer.Server.Access;

/// <summary>
/// Gives every request its reader's visibility (<see cref="ReaderVisibility.Current"/>, read by every query the
/// request runs: GraphQL over HTTP and WebSocket, the briefing pages' data) and, when levels are configured, audits the
/// restricted items it was given (<see cref="ReadAuditTrail"/>) once the response is done.
/// </summary>
internal static class VisibilityHosting
{
    public static VisibilityPolicy AddVisibility(WebApplicationBuilder builder, AccessSettings access)
    {
        var settings = builder.Configuration.GetSection(VisibilitySettings.Section).Get<VisibilitySettings>() ?? new VisibilitySettings();
        var policy = new VisibilityPolicy(settings, access.StewardRole);
        builder.Services.AddSingleton(policy);
        return policy;
    }

    /// <summary>Whether the configured levels restrict some reader (for hosts that read the configuration themselves).</summary>
    public static bool Restricts(IConfiguration configuration) =>
        new VisibilityPolicy(configuration.GetSection(VisibilitySettings.Section).Get<VisibilitySettings>() ?? new VisibilitySettings(), "").Restricts;

    /// <summary>Call after authentication, so the request's user is known.</summary>
    public static void UseVisibility(WebApplication app, VisibilityPolicy policy, AccessSettings access)
    {
        if (!policy.Restricts)
        {
            return;
        }

        app.Use(async (http, next) =>
        {
            ReaderVisibility.Current = policy.For(http.User);
            var reads = new RestrictedReads(SignedInUsers.Of(http, access)?.Name ?? "anonymous", policy.Levels.Lowest);
            RestrictedReads.Current = reads;
            try
            {
                await next(http);
            }
            finally
            {
                // Written even when the request failed after some data went out. A failed write cannot take back what
                // was read, so it is logged as an error for the operators rather than thrown at the reader.
                try
                {
                    await ReadAuditTrail.RecordAsync(
                        http.RequestServices.GetRequiredService<IGraphDatabase>(), reads, DateTimeOffset.UtcNow, http.TraceIdentifier, CancellationToken.None);
                }
                catch (CypherException e)
                {
                    app.Logger.LogError(e, "The read audit of request {TraceId} by {Reader} could not be written: {Items}", http.TraceIdentifier, reads.Reader, reads.Items);
                }
            }
        });
    }
}
