using GraphExplorer.Application.Export;
using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Export;

public sealed class GraphDumperTests
{
    [Fact]
    public async Task Load_validate_dump_and_reload_gives_the_same_graph()
    {
        var (seeded, _) = await SeedGraphFixture.CreateLoadedAsync();
        await using var _seeded = seeded;
        var violations = await new GraphValidator(seeded).ValidateAsync();
        var dump = await DumpAsync(seeded);

        await using var restored = await TestBackend.CreateDatabaseAsync();
        var reports = await new ScriptLoader(restored).LoadAsync([ScriptFile.FromText("dump.cypher", "dump.cypher", dump)], new LoadOptions("restore"));

        reports.Single().Outcome.Should().Be(ScriptOutcome.Applied, reports.Single().Error?.ToString());
        var expected = await GraphText.ReadAsync(seeded);
        var actual = await GraphText.ReadAsync(restored, n => !(n.Labels.Contains(ScriptLoader.AppliedScriptLabel) && Equals(n.Properties["name"], "dump.cypher")));
        actual.Should().Equal(expected);
        (await DumpAsync(restored)).Should().Contain("CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;");
        (await new GraphValidator(restored).ValidateAsync()).Should().Equal(violations);
    }

    [Fact]
    public async Task Every_property_type_survives_the_round_trip()
    {
        await using var source = await TestBackend.CreateDatabaseAsync();
        await using (var session = source.OpenSession())
        {
            await session.RunAsync("""
                CREATE (a:Thing:Other {s: 'it\'s a \\ "test"\nline', i: -42, f: 1.0, g: 2.5e-8, b: true,
                        d: date('2024-06-01'), dt: datetime('2024-06-01T10:30:00.123456789+02:00'),
                        ldt: localdatetime('2024-06-01T10:30:00'), t: time('10:30:00Z'), lt: localtime('23:59:59.5'),
                        du: duration('P1Y2M3DT4H5M6.7S'), l: ['a', 'b'], il: [1, 2], `odd key`: 'x',
                        p: point({x: 1.5, y: -2}), p3: point({longitude: 6.13, latitude: 49.61, height: 300.25}),
                        pl: [point({x: 0.1, y: 0.2, z: 0.3})]})
                CREATE (b:Thing {s: 'b'})
                CREATE (a)-[:REL {since: date('2020-01-01'), w: 0.5}]->(b)
                CREATE (b)-[:REL]->(b)
                """);
        }

        var dump = await DumpAsync(source);
        await using var target = await TestBackend.CreateDatabaseAsync();
        var reports = await new ScriptLoader(target).LoadAsync([ScriptFile.FromText("dump.cypher", "dump.cypher", dump)], new LoadOptions("restore"));

        reports.Single().Outcome.Should().Be(ScriptOutcome.Applied, reports.Single().Error?.ToString());
        var actual = await GraphText.ReadAsync(target, n => !n.Labels.Contains(ScriptLoader.AppliedScriptLabel));
        actual.Should().Equal(await GraphText.ReadAsync(source));
    }

    [Fact]
    public async Task Two_dumps_of_the_same_graph_are_identical()
    {
        var (seeded, _) = await SeedGraphFixture.CreateLoadedAsync();
        await using var _seeded = seeded;

        (await DumpAsync(seeded)).Should().Be(await DumpAsync(seeded));
    }

    private static async Task<string> DumpAsync(GraphExplorer.Database.IGraphDatabase database)
    {
        var writer = new StringWriter();
        await new GraphDumper(database).DumpAsync(writer);
        return writer.ToString();
    }
}
