using GraphExplorer.Cypher.Tests.Storage.Journal;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Storage;

/// <summary>
/// Recovery replays every journalled transaction into one write transaction (GraphStore's constructor): the state
/// after reopening must equal the state before, whatever the transactions did to records of earlier ones.
/// </summary>
public sealed class RecoveryReplayTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reopening_rebuilds_the_same_graph_from_many_transactions()
    {
        string before;
        await using (var db = EmbeddedGraphDatabase.Open(_folder.Path))
        {
            var session = db.OpenSession();
            await session.RunAsync("CREATE INDEX p_name FOR (n:P) ON (n.name)");
            await session.RunAsync("UNWIND range(0, 599) AS i CREATE (:P {name: 'p' + i, i: i})");
            await session.RunAsync("MATCH (a:P), (b:P) WHERE b.i = (a.i * 7 + 3) % 600 CREATE (a)-[:R {w: a.i}]->(b)");
            await session.RunAsync("MATCH (a:P) WHERE a.i % 5 = 0 CREATE (a)-[:SELF]->(a)");
            await session.RunAsync("MATCH (a:P)-[r:R]->() WHERE a.i % 3 = 0 DELETE r");
            await session.RunAsync("MATCH (a:P) WHERE a.i % 10 = 1 DETACH DELETE a");
            await session.RunAsync("MATCH (a:P) WHERE a.i % 4 = 2 SET a:Q, a.name = 'q' + a.i REMOVE a.i");
            await session.RunAsync("CREATE CONSTRAINT q_name FOR (n:Q) REQUIRE n.name IS UNIQUE");
            await session.RunAsync("MATCH ()-[r:R]->() WHERE r.w % 4 = 0 SET r.w = -r.w");
            await session.RunAsync("CREATE (:P {name: 'late'})-[:R]->(:Q {name: 'q-late'})");
            before = await DumpAsync(session);
        }

        await using (var db = EmbeddedGraphDatabase.Open(_folder.Path))
        {
            var session = db.OpenSession();
            (await DumpAsync(session)).Should().Be(before);
            var seek = await session.RunAsync("MATCH (n:P {name: 'p40'}) RETURN n.i AS i");
            seek.Single()["i"].Should().Be(40L, "the index is rebuilt");
            var duplicate = async () => await session.RunAsync("CREATE (:Q {name: 'q-late'})");
            await duplicate.Should().ThrowAsync<CypherException>("the constraint is rebuilt");
            (await session.RunAsync("CREATE (n) RETURN id(n) AS id")).Single()["id"].Should().Be(602L, "ids continue after the recovered ones");
        }
    }

    private static async Task<string> DumpAsync(IGraphSession session)
    {
        var nodes = await session.RunAsync(
            "MATCH (n) RETURN id(n) AS id, labels(n) AS labels, properties(n) AS props, "
            + "[(n)-[r]->(m) | [type(r), id(m), properties(r)]] AS out, [(n)<-[r]-(m) | [type(r), id(m)]] AS in ORDER BY id");
        var indexes = await session.RunAsync("SHOW INDEXES");
        return string.Join("\n", nodes.Select(r => string.Join(" ", r.Values.Select(Text))))
            + "\n" + string.Join("\n", indexes.Select(r => string.Join(" ", r.Values.Select(Text))).Order(StringComparer.Ordinal));
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable<KeyValuePair<string, object?>> map => "{" + string.Join(",", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + ":" + Text(e.Value))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Text).Order(StringComparer.Ordinal)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
