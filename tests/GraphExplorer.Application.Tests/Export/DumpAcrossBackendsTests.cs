using GraphExplorer.Application.Export;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Cypher;
using GraphExplorer.Database;
using GraphExplorer.Database.Values;
using GraphExplorer.Neo4j;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Export;

/// <summary>
/// A dump of the embedded database, loaded into Neo4j through the Neo4j client and dumped back, gives the same graph and
/// the same file. "Neo4j" is a real server when GRAPHEXPLORER_TEST_BACKEND=neo4j, and the Query API emulator otherwise
/// (which checks the client and the loader's schema/data split, not Neo4j itself).
/// </summary>
public sealed class DumpAcrossBackendsTests
{
    [Fact]
    public async Task Embedded_dump_loaded_into_neo4j_and_dumped_back_is_the_same_graph_and_file()
    {
        await using var embedded = EmbeddedGraphDatabase.CreateInMemory();
        var seeded = await new ScriptLoader(embedded).LoadAsync(ScriptFile.Collect([RepositoryPaths.SeedScripts]), new LoadOptions("seed"));
        seeded.Should().OnlyContain(r => r.Outcome == ScriptOutcome.Applied);
        var dump = await DumpAsync(embedded);

        await using var location = await TestBackend.CreateNeo4jDatabaseAsync();
        await using var neo4j = new Neo4jGraphDatabase(location.Options);
        var loaded = await new ScriptLoader(neo4j).LoadAsync([ScriptFile.FromText("dump.cypher", "dump.cypher", dump)], new LoadOptions("restore"));

        loaded.Single().Outcome.Should().Be(ScriptOutcome.Applied, loaded.Single().Error?.ToString());
        var restored = await GraphText.ReadAsync(neo4j, n => !IsRecordOf(n, "dump.cypher"));
        restored.Should().Equal(await GraphText.ReadAsync(embedded));

        // Back again: the restore's own record aside, Neo4j's dump is the embedded dump, byte for byte.
        await using (var session = neo4j.OpenSession())
        {
            await session.RunAsync($"MATCH (s:{ScriptLoader.AppliedScriptLabel} {{name: 'dump.cypher'}}) DELETE s");
        }

        (await DumpAsync(neo4j)).Should().Be(dump);
    }

    private static bool IsRecordOf(CypherNode node, string script) =>
        node.Labels.Contains(ScriptLoader.AppliedScriptLabel) && Equals(node.Properties["name"], script);

    private static async Task<string> DumpAsync(IGraphDatabase database)
    {
        var writer = new StringWriter();
        await new GraphDumper(database).DumpAsync(writer);
        return writer.ToString();
    }
}
