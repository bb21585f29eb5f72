using GraphExplorer.Database;

namespace GraphExplorer.Server.Hosting;

/// <summary>
/// Health for operators and orchestrators. <c>GET /health/live</c>: 200 while the process serves requests (restart it
/// when this fails). <c>GET /health/ready</c> (and <c>/health</c>, its older name): 200 with the backend's name when the
/// database answers (<c>degraded</c>, with the warnings, when opening it reported damage: see
/// <see cref="DatabaseWarnings"/>, or while its last write failed: see <see cref="IReportsWriteFailures"/>), 503
/// otherwise (send no traffic until it answers again).
/// </summary>
internal static class HealthEndpoint
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        app.MapGet("/health/ready", ReadyAsync);
        app.MapGet("/health", ReadyAsync);
    }

    private static async Task<IResult> ReadyAsync(IGraphDatabase database, DatabaseWarnings warnings, CancellationToken cancellationToken)
    {
        try
        {
            await database.VerifyConnectivityAsync(cancellationToken);
            IReadOnlyList<string> reported = (database as IReportsWriteFailures)?.LastWriteFailure is { } writeFailure
                ? [.. warnings.All, writeFailure]
                : warnings.All;
            return reported.Count == 0
                ? Results.Json(new { status = "healthy", backend = database.BackendName })
                : Results.Json(new { status = "degraded", backend = database.BackendName, warnings = reported });
        }
        catch (CypherException exception)
        {
            return Results.Json(
                new { status = "unhealthy", backend = database.BackendName, error = exception.Kind.ToString() },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
