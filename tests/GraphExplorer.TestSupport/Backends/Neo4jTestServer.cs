using System.Globalization;
using System.Security.Cryptography;
using GraphExplorer.Database;
using GraphExplorer.Neo4j;

namespace GraphExplorer.TestSupport.Backends;

/// <summary>
/// The real Neo4j the <c>neo4j</c> test backend runs on, once per test process: the server named by
/// GRAPHEXPLORER_TEST_NEO4J_URL (or GRAPHEXPLORER_NEO4J_URI) with _USER and _PASSWORD, or else a throw-away container
/// started with the docker command line (Testcontainers does not restore from this machine's package feed).
/// </summary>
/// <remarks>
/// The container runs <c>neo4j:5-enterprise</c> under the evaluation licence (GRAPHEXPLORER_TEST_NEO4J_IMAGE overrides
/// it): every test gets a database of its own through <c>CREATE DATABASE</c>, which the Community edition lacks. It
/// publishes 7474 on a free loopback port, sets NEO4J_AUTH to a random password, is ready when its Query API answers
/// <c>RETURN 1</c>, and is removed when the process exits. Thread-safe (started under <see cref="TestBackend"/>'s lock).
/// </remarks>
public static class Neo4jTestServer
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>The server named by the environment, or null when the fixture should start one.</summary>
    public static Neo4jServerAddress? External =>
        (Environment.GetEnvironmentVariable("GRAPHEXPLORER_TEST_NEO4J_URL") ?? Environment.GetEnvironmentVariable("GRAPHEXPLORER_NEO4J_URI")) is { Length: > 0 } url
            ? new Neo4jServerAddress(
                new Uri(url),
                Environment.GetEnvironmentVariable("GRAPHEXPLORER_TEST_NEO4J_USER") ?? Environment.GetEnvironmentVariable("GRAPHEXPLORER_NEO4J_USER") ?? "neo4j",
                Environment.GetEnvironmentVariable("GRAPHEXPLORER_TEST_NEO4J_PASSWORD") ?? Environment.GetEnvironmentVariable("GRAPHEXPLORER_NEO4J_PASSWORD"))
            : null;

    /// <summary>Null when a server is named or a Docker engine answers; otherwise the reason tests against Neo4j are skipped.</summary>
    public static string? WhyUnavailable =>
        External is null && DockerCli.WhyUnavailable is { } reason
            ? $"No Neo4j: GRAPHEXPLORER_TEST_NEO4J_URL is not set and no Docker engine answers ({reason})."
            : null;

    /// <summary>Returns the named server, or starts a container and waits until it answers.</summary>
    public static async Task<Neo4jServerAddress> StartAsync()
    {
        if (External is { } external)
        {
            return external;
        }

        if (WhyUnavailable is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var password = "gx-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var image = Environment.GetEnvironmentVariable("GRAPHEXPLORER_TEST_NEO4J_IMAGE") ?? "neo4j:5-enterprise";
        var containerId = await DockerCli.RunAsync(
            TimeSpan.FromMinutes(5),
            "run", "--detach", "--rm", "--publish", "127.0.0.1::7474",
            "--env", $"NEO4J_AUTH=neo4j/{password}",
            "--env", "NEO4J_ACCEPT_LICENSE_AGREEMENT=eval",
            "--env", "NEO4J_dbms_max__databases=10000",
            image);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DockerCli.RunAsync(TimeSpan.FromMinutes(1), "rm", "--force", containerId).GetAwaiter().GetResult();
        var mapping = await DockerCli.RunAsync(TimeSpan.FromSeconds(30), "port", containerId, "7474/tcp");
        var port = int.Parse(mapping.Split('\n')[0].Trim().Split(':')[^1], CultureInfo.InvariantCulture);
        var address = new Neo4jServerAddress(new Uri($"http://127.0.0.1:{port}"), "neo4j", password);
        await WaitUntilReadyAsync(address);
        return address;
    }

    /// <summary>Polls until <c>RETURN 1</c> succeeds: the HTTP port opens before the database is online.</summary>
    public static async Task WaitUntilReadyAsync(Neo4jServerAddress address)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        await using var database = new Neo4jGraphDatabase(address.Options("neo4j"));
        while (true)
        {
            try
            {
                await database.VerifyConnectivityAsync();
                return;
            }
            catch (Exception exception) when (exception is CypherException or HttpRequestException)
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
