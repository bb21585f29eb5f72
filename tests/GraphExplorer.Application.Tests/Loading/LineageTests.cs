using GraphExplorer.Application.Loading;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Loading;

public sealed class LineageTests
{
    [Fact]
    public async Task Lineage_lists_what_a_loaded_file_created()
    {
        await using var database = await TestBackend.CreateDatabaseAsync();
        var first = ScriptFile.FromText("001.cypher", "001.cypher", "CREATE (:Person {key: 'person:ada', name: 'Ada'})-[:KNOWS]->(:Person {key: 'person:grace', name: 'Grace'});");
        var second = ScriptFile.FromText("002.cypher", "002.cypher", "MERGE (p:Person {key: 'person:ada'}) SET p.name = 'Ada';\nCREATE (:Person {key: 'person:linus', name: 'Linus'});");
        await new ScriptLoader(database).LoadAsync([first, second], new LoadOptions("alice"));
        var service = new LineageService(database);

        var one = await service.LineageAsync("001.cypher");
        var two = await service.LineageAsync(Lineage.ScriptBatch(second));

        one.Batch.Should().Be(Lineage.ScriptBatch(first));
        one.Nodes.Select(n => n.Id).Should().Equal("person:ada", "person:grace");
        one.Relationships.Should().Equal(new LineageRelationship("person:ada", "KNOWS", "person:grace", true));
        two.Nodes.Select(n => n.Id).Should().Equal("person:linus");
        (await service.BatchesAsync()).Select(b => b.Description).Should().Equal("001.cypher", "002.cypher");
    }

    [Fact]
    public async Task A_file_that_changes_an_entity_is_added_to_its_lineage_and_becomes_its_last_batch()
    {
        await using var database = await TestBackend.CreateDatabaseAsync();
        var first = ScriptFile.FromText("001.cypher", "001.cypher", "CREATE (:Person {key: 'person:ada', name: 'Ada'});");
        var second = ScriptFile.FromText("002.cypher", "002.cypher", "MATCH (p:Person {key: 'person:ada'}) SET p.name = 'Ada Lovelace';");
        await new ScriptLoader(database).LoadAsync([first, second], new LoadOptions("bob"));

        var lineage = await new LineageService(database).LineageAsync("001.cypher");
        var changed = await new LineageService(database).LineageAsync("002.cypher");

        lineage.Nodes.Select(n => (n.Id, n.LastBatch)).Should().Equal(("person:ada", false));
        changed.Nodes.Select(n => (n.Id, n.LastBatch)).Should().Equal(("person:ada", true));
        await using var session = database.OpenSession();
        var stamp = (await session.RunAsync("MATCH (p:Person) RETURN p._steward AS steward, p._batches AS batches")).Single();
        stamp.Get<string>("steward").Should().Be("bob");
        stamp.Get<IReadOnlyList<object?>>("batches").Should().Equal(Lineage.ScriptBatch(first), Lineage.ScriptBatch(second));
    }

    [Fact]
    public async Task The_seed_scripts_each_have_a_lineage_and_shared_entities_name_every_script_that_changed_them()
    {
        var (database, reports) = await SeedGraphFixture.CreateLoadedAsync();
        await using var _ = database;
        var service = new LineageService(database);

        var luxembourg2024 = await service.LineageAsync("101_001_20df84f1ae021dc9.cypher");

        luxembourg2024.Nodes.Select(n => n.Id).Should().Contain(["org:jaxa", "agr:lsa-jaxa-2024", "org:luxprovide"]);
        luxembourg2024.Relationships.Should().Contain(r => r.Start == "org:jaxa" && r.Type == "PARTY_TO" && r.End == "agr:lsa-jaxa-2024");
        luxembourg2024.Nodes.Should().NotContain(n => n.Id == "org:ulb", "the ULB comes from the AWEX article");
        (await service.BatchesAsync()).Should().HaveCount(reports.Count);
    }

    [Fact]
    public async Task An_unknown_batch_is_a_clear_error()
    {
        await using var database = await TestBackend.CreateDatabaseAsync();

        var act = () => new LineageService(database).LineageAsync("nothing.cypher");

        (await act.Should().ThrowAsync<GraphExplorer.Application.Domain.ExplorerException>()).Which.Message.Should().Contain("nothing.cypher");
    }

    [Fact]
    public async Task A_schema_only_script_and_a_dump_are_not_stamped_as_batches()
    {
        await using var database = await TestBackend.CreateDatabaseAsync();
        var schema = ScriptFile.FromText("000.cypher", "000.cypher", "CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);");
        var restore = ScriptFile.FromText("dump.cypher", "dump.cypher", GraphExplorer.Application.Export.GraphDumper.Header + "\nCREATE (:Person {key: 'person:ada'});");
        await new ScriptLoader(database).LoadAsync([schema, restore], new LoadOptions("alice"));

        (await new LineageService(database).LineageAsync("000.cypher")).Nodes.Should().BeEmpty();
        (await new LineageService(database).LineageAsync("dump.cypher")).Nodes.Should().BeEmpty("a dump carries its own lineage");
    }
}
