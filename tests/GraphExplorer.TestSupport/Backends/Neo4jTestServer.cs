using System.Security.Cryptography;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using GraphExplorer.Neo4j;

namespace GraphExplorer.TestSupport.Backends;

/// <summary>
/// The real Neo4j the <c>neo4j</c> test backend runs on, once per test process: the server named by
/// GRAPHEXPLORER_TEST_NEO4J_URL (or GRAPHEXPLORER_NEO4J_URI) with _USER and _PASSWORD, or else a throw-away container
/// started with Testcontainers when a Docker engine answers.
/// </summary>
/// <remarks>
/// The container runs <c>neo4j:5.26-enterprise</c> (the 5.26 long-term-support release) under the evaluation licence
/// (GRAPHEXPLORER_TEST_NEO4J_IMAGE overrides it): every test gets a database of its own through <c>CREATE DATABASE</c>,
/// which the Community edition lacks. It publishes 7474 on a free host port, sets NEO4J_AUTH to a random password, and
/// is ready when Neo4j has logged <c>Started.</c> and its HTTP port answers. Testcontainers' resource reaper removes it
/// when the test process ends. Thread-safe (started under <see cref="TestBackend"/>'s lock).
/// </remarks>
public static class Neo4jTestServer
{
    private const ushort HttpPort = 7474;

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
        External is null && TestcontainersSettings.OS.DockerEndpointAuthConfig is null
            ? "No Neo4j: GRAPHEXPLORER_TEST_NEO4J_URL is not set and no Docker engine answers (Testcontainers found none at " +
              "DOCKER_HOST, in ~/.testcontainers.properties or at the Docker socket)."
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
        var image = Environment.GetEnvironmentVariable("GRAPHEXPLORER_TEST_NEO4J_IMAGE") ?? "neo4j:5.26-enterprise";
        IContainer container = new ContainerBuilder(image)
            .WithPortBinding(HttpPort, assignRandomHostPort: true)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{password}")
            .WithEnvironment("NEO4J_ACCEPT_LICENSE_AGREEMENT", "eval")
            .WithEnvironment("NEO4J_dbms_max__databases", "10000")
            // The HTTP port opens before the databases are online; "Started." is logged once they are.
            .WithWaitStrategy(Wait.ForUnixContainer()
                .UntilMessageIsLogged("Started.")
                .UntilHttpRequestIsSucceeded(request => request.ForPort(HttpPort)))
            .Build();
        await container.StartAsync();
        return new Neo4jServerAddress(new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(HttpPort)}"), "neo4j", password);
    }
}
