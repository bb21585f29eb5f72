using GraphExplorer.Application.Api;
using GraphExplorer.Database;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// Polls for scripts a steward's <c>load</c> applied from another process (possible on the Neo4j backend; the embedded
/// database is locked to the server) every <see cref="GraphQLHttpOptions.LoadPollSeconds"/>, so subscriptions hear of
/// them (see <see cref="LoadAnnouncer"/>). A failed poll is logged and tried again at the next interval.
/// </summary>
internal sealed class LoadAnnouncements(IGraphDatabase database, ChangeFeed changes, IOptions<GraphQLHttpOptions> options, ILogger<LoadAnnouncements> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.LoadPollSeconds);
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        var announcer = new LoadAnnouncer(database, changes);
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await announcer.PollAsync(stoppingToken);
            }
            catch (Exception e) when (e is CypherException or InvalidDataException)
            {
                logger.LogWarning("Could not read the applied scripts to announce loads to subscriptions: {Message}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
