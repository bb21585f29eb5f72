using GraphExplorer.Database;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// One GraphQL response reads one version of the data: while a writer changes an agreement's title and its parties'
/// names together in one transaction, no response shows the title of one commit with the parties of another. The
/// title comes from the root field's query and the parties from a data loader's batch a level later, so on a reader
/// that read each in a session of its own a commit between the two shows up as a mixed response.
/// </summary>
public sealed class ConsistentSnapshotTests(ConsistentSnapshotTests.Server server) : IClassFixture<ConsistentSnapshotTests.Server>
{
    /// <summary>A server of its own: the writer renames seed entities.</summary>
    public sealed class Server : ExplorerTestServer;

    private const string Query = """
        query ($id: ID!) {
          entity(id: $id) { ... on Agreement { title parties { party { name } } } }
        }
        """;

    [Fact]
    public async Task No_response_mixes_versions_while_a_writer_commits()
    {
        var database = server.Services.GetRequiredService<IGraphDatabase>();
        var agreement = await AgreementWithPartiesAsync(database);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var version = 0;

        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && version < 2_000)
            {
                var next = version + 1;
                await using var session = database.OpenSession();
                await using var transaction = await session.BeginTransactionAsync(AccessMode.Write);
                await transaction.RunAsync(
                    "MATCH (a:Agreement {key: $key}) SET a.title = $title WITH a MATCH (p)-[:PARTY_TO]->(a) SET p.name = $name",
                    new Dictionary<string, object?> { ["key"] = agreement, ["title"] = $"Snapshot title v{next}", ["name"] = $"Snapshot party v{next}" });
                await transaction.CommitAsync();
                Volatile.Write(ref version, next);
            }
        });

        var mixed = new System.Collections.Concurrent.ConcurrentBag<string>();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var read = 0; read < 150 && !writer.IsCompleted; read++)
            {
                var data = await server.DataAsync(Query, new { id = agreement });
                var node = data.GetProperty("entity");
                var title = Version(node.GetProperty("title").GetString());
                var parties = node.GetProperty("parties").EnumerateArray().Select(p => Version(p.GetProperty("party").GetProperty("name").GetString())).ToList();
                seen[title] = true;
                if (parties.Any(p => p != title))
                {
                    mixed.Add($"title {title}, parties {string.Join(", ", parties)}");
                }
            }
        })).ToList();

        await Task.WhenAll(readers);
        await stop.CancelAsync();
        await writer;

        seen.Count.Should().BeGreaterThan(2, "the writer committed while the readers read (else the test proves nothing)");
        mixed.Should().BeEmpty("every response reads one snapshot");
    }

    /// <summary>The version a writer's value names ("v12" → "12"); a seed value (before the first commit) is "seed".</summary>
    private static string Version(string? value) =>
        value is not null && value.LastIndexOf(" v", StringComparison.Ordinal) is var at and >= 0 && value.StartsWith("Snapshot ", StringComparison.Ordinal)
            ? value[(at + 2)..]
            : "seed";

    private static async Task<string> AgreementWithPartiesAsync(IGraphDatabase database)
    {
        await using var session = database.OpenSession();
        var result = await session.RunAsync(
            "MATCH (p)-[:PARTY_TO]->(a:Agreement) WITH a, count(p) AS parties WHERE parties >= 2 RETURN a.key AS key ORDER BY key LIMIT 1");
        return result.Should().ContainSingle().Subject.Get<string>("key");
    }
}
