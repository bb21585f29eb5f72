using GraphExplorer.Application.Loading;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Loading;

/// <summary>
/// Recorded difference: the embedded engine counts removed properties apart (PropertiesRemoved), Neo4j folds them into
/// propertiesSet. The load report tells their sum, so a script reads the same on every backend.
/// </summary>
public sealed class StatisticsTextTests
{
    [Fact]
    public void Removed_properties_are_told_with_the_properties_set()
    {
        var embedded = new QueryStatistics { PropertiesSet = 1, PropertiesRemoved = 2 };
        var neo4j = new QueryStatistics { PropertiesSet = 3 };

        StatisticsText.Describe(embedded).Should().Be("3 properties set").And.Be(StatisticsText.Describe(neo4j));
    }

    [Fact]
    public async Task A_script_that_sets_and_removes_properties_reads_the_same_on_the_test_backend()
    {
        await using var database = await TestBackend.CreateDatabaseAsync();
        var reports = await new ScriptLoader(database).LoadAsync(
            [ScriptFile.FromText("001.cypher", "001.cypher", "CREATE (n:Thing {a: 1, b: 2});\nMATCH (n:Thing) SET n.c = 3 REMOVE n.a;")],
            new LoadOptions("test", DryRun: true));

        StatisticsText.Describe(reports.Single().Statistics).Should().Be("+1 node, 4 properties set, +1 label");
    }
}
