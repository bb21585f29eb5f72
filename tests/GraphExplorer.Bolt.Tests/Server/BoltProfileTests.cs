using GraphExplorer.Bolt.Tests.Support;

namespace GraphExplorer.Bolt.Tests.Server;

/// <summary>
/// PROFILE over Bolt: the records stream as usual and PULL's closing SUCCESS carries <c>profile</c>, the measured plan
/// in the shape Neo4j's drivers read (Neo4j 5 Cypher manual, "Execution plans and query tuning" › "PROFILE").
/// </summary>
public sealed class BoltProfileTests : IAsyncLifetime
{
    private const byte Run = 0x10, Pull = 0x3F, Record = 0x71, Success = 0x70;

    private readonly BoltServerHarness server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Profile_streams_the_records_and_closes_with_the_measured_plan()
    {
        var (records, summary) = await RunAsync("PROFILE UNWIND [1, 2, 3] AS i RETURN i * 2 AS doubled");

        records.Should().Be(3);
        var root = (Dictionary<string, object?>)summary["profile"]!;
        root["operatorType"].Should().Be("ProduceResults@neo4j");
        root["rows"].Should().Be(3L);
        root["identifiers"].Should().BeEquivalentTo(new List<object?> { "doubled" });
        root["pageCacheHits"].Should().Be(0L);
        root["time"].Should().BeOfType<long>();
        var projection = (Dictionary<string, object?>)((List<object?>)root["children"]!).Single()!;
        projection["operatorType"].Should().Be("Projection@neo4j");
        ((Dictionary<string, object?>)projection["args"]!)["Rows"].Should().Be(3L);
        var unwind = (Dictionary<string, object?>)((List<object?>)projection["children"]!).Single()!;
        unwind["operatorType"].Should().Be("Unwind@neo4j");
        unwind["children"].Should().BeEquivalentTo(new List<object?>());
    }

    [Fact]
    public async Task A_query_without_profile_has_no_profile_entry() =>
        (await RunAsync("UNWIND [1, 2, 3] AS i RETURN i")).Summary.Should().NotContainKey("profile");

    private async Task<(int Records, Dictionary<string, object?> Summary)> RunAsync(string query)
    {
        await using var client = await server.ConnectAsync();
        await client.LoginAsync();
        await client.SendAsync(Run, query, new Dictionary<string, object?>(), new Dictionary<string, object?>());
        (await client.ReceiveAsync()).Tag.Should().Be(Success);
        await client.SendAsync(Pull, new Dictionary<string, object?> { ["n"] = -1L });
        var records = 0;
        while (true)
        {
            var answer = await client.ReceiveAsync();
            if (answer.Tag == Success)
            {
                return (records, (Dictionary<string, object?>)answer.Fields[0]!);
            }

            answer.Tag.Should().Be(Record);
            records++;
        }
    }
}
