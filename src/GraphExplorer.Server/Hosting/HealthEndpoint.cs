using GraphExplorer.Database;

namespace GraphExplorer.Server.Hosting;

/// <summary><c>GET /health</c>: 200 with the backend's name when the database answers, 503 otherwise.</summary>
internal static class HealthEndpoint
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health", async (IGraphDatabase database, CancellationToken cancellationToken) =>
        {
            try
            {
                await database.VerifyConnectivityAsync(cancellationToken);
                return Results.Json(new { status = "healthy", backend = database.BackendName });
            }
            catch (CypherException exception)
            {
                return Results.Json(
                    new { status = "unhealthy", backend = database.BackendName, error = exception.Kind.ToString() },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
