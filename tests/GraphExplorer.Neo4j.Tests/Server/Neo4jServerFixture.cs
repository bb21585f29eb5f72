using GraphExplorer.TestSupport.Backends;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace GraphExplorer.Neo4j.Tests.Server;

/// <summary>
/// A Neo4j server for the tests of the <c>Neo4j server</c> collection. Uses the server named by GRAPHEXPLORER_NEO4J_URI
/// (with GRAPHEXPLORER_NEO4J_USER and GRAPHEXPLORER_NEO4J_PASSWORD) when set; otherwise, when a Docker engine answers,
/// starts a throw-away <c>neo4j:5</c> container (image overridable with GRAPHEXPLORER_NEO4J_IMAGE) with a random password,
/// waits until its Query API answers, and removes the container afterwards. Does nothing when neither is available: the
/// tests are then skipped by <see cref="Neo4jServerFactAttribute"/>.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private string? containerId;

    public static Uri? ExternalUri =>
        Environment.GetEnvironmentVariable("GRAPHEXPLORER_NEO4J_URI") is { Length: > 0 } uri ? new Uri(uri) : null;

    /// <summary>Options reaching the server; null when there is none.</summary>
    public Neo4jOptions? Options { get; private set; }

    public async Task InitializeAsync()
    {
        if (ExternalUri is { } external)
        {
            Options = new Neo4jOptions
            {
                Uri = external,
                User = Environment.GetEnvironmentVariable("GRAPHEXPLORER_NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("GRAPHEXPLORER_NEO4J_PASSWORD"),
            };
            return;
        }

        if (DockerCli.WhyUnavailable is not null)
        {
            return;
        }

        var password = "gx-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var image = Environment.GetEnvironmentVariable("GRAPHEXPLORER_NEO4J_IMAGE") ?? "neo4j:5";
        containerId = await DockerCli.RunAsync(
            TimeSpan.FromMinutes(5),
            "run", "--detach", "--rm", "--publish", "127.0.0.1::7474", "--env", $"NEO4J_AUTH=neo4j/{password}", image);
        var mapping = await DockerCli.RunAsync(TimeSpan.FromSeconds(30), "port", containerId, "7474/tcp");
        var port = int.Parse(mapping.Split('\n')[0].Trim().Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Options = new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), User = "neo4j", Password = password };
        await WaitUntilReadyAsync(Options);
    }

    public async Task DisposeAsync()
    {
        if (containerId is not null)
        {
            await DockerCli.RunAsync(TimeSpan.FromMinutes(1), "rm", "--force", containerId);
        }
    }

    public Neo4jGraphDatabase CreateDatabase(Func<Neo4jOptions, Neo4jOptions>? configure = null)
    {
        var options = Options ?? throw new InvalidOperationException("No Neo4j server is available.");
        return new Neo4jGraphDatabase(configure is null ? options : configure(options));
    }

    /// <summary>Polls until <c>RETURN 1</c> succeeds: the HTTP port opens before the database is online.</summary>
    private static async Task WaitUntilReadyAsync(Neo4jOptions options)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        await using var database = new Neo4jGraphDatabase(options);
        while (true)
        {
            try
            {
                await database.VerifyConnectivityAsync();
                return;
            }
            catch (Exception exception) when (exception is Database.CypherException or HttpRequestException or SocketException or WebException)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Neo4j in Docker did not become ready within {StartTimeout}: {exception.Message}", exception);
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
