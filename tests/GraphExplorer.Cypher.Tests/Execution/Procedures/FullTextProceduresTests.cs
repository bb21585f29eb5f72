using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution.Procedures;

/// <summary>
/// db.index.fulltext.* through the database API: transactions read their own writes and a rollback leaves the index
/// untouched; errors carry Neo4j's status codes and messages.
/// </summary>
public sealed class FullTextProceduresTests : IAsyncLifetime
{
    private readonly EmbeddedGraphDatabase _database = EmbeddedGraphDatabase.CreateInMemory();
    private IGraphSession _session = null!;

    public async Task InitializeAsync()
    {
        _session = _database.OpenSession();
        await _session.RunAsync("CREATE FULLTEXT INDEX names FOR (n:Org) ON EACH [n.name]");
        await _session.RunAsync("CREATE FULLTEXT INDEX notes FOR ()-[r:NOTE]-() ON EACH [r.text]");
        await _session.RunAsync("CREATE (:Org {name: 'Rakuten Group'}), (:Org {name: 'JAXA'})");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<List<object?>> NamesAsync(string query, IGraphTransaction? transaction = null)
    {
        const string cypher = "CALL db.index.fulltext.queryNodes('names', $q) YIELD node RETURN node.name AS name";
        var parameters = new Dictionary<string, object?> { ["q"] = query };
        var result = transaction is null ? await _session.RunAsync(cypher, parameters) : await transaction.RunAsync(cypher, parameters);
        return result.Select(r => r["name"]).ToList();
    }

    [Fact]
    public async Task A_transaction_reads_its_own_writes_and_a_rollback_leaves_the_index_untouched()
    {
        await using (var transaction = await _session.BeginTransactionAsync(AccessMode.Write))
        {
            await transaction.RunAsync("CREATE (:Org {name: 'Rakuten Mobile'})");
            await transaction.RunAsync("MATCH (o:Org {name: 'JAXA'}) DELETE o");

            (await NamesAsync("rakuten", transaction)).Should().BeEquivalentTo(["Rakuten Group", "Rakuten Mobile"]);
            (await NamesAsync("jaxa", transaction)).Should().BeEmpty("the transaction deleted it");
            await transaction.RollbackAsync();
        }

        (await NamesAsync("rakuten")).Should().Equal("Rakuten Group");
        (await NamesAsync("jaxa")).Should().Equal("JAXA");
    }

    [Fact]
    public async Task The_options_map_may_be_left_out_and_takes_an_analyzer()
    {
        (await NamesAsync("rakutem~")).Should().Equal("Rakuten Group");
        var keyword = await _session.RunAsync(
            "CALL db.index.fulltext.queryNodes('names', 'Rakuten Group', {analyzer: 'keyword'}) YIELD node RETURN count(*) AS n");
        keyword.Single()["n"].Should().Be(0L, "the keyword analyzer makes one term, which the index (lower case words) does not have");
    }

    [Theory]
    [InlineData("CALL db.index.fulltext.queryNodes('missing', 'x') YIELD node RETURN node",
        "Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: missing")]
    [InlineData("CALL db.index.fulltext.queryRelationships('names', 'x') YIELD relationship RETURN relationship",
        "*The 'names' index is an index on NODE, so it cannot be queried for relationships.*")]
    [InlineData("CALL db.index.fulltext.queryNodes('notes', 'x') YIELD node RETURN node",
        "*The 'notes' index is an index on RELATIONSHIP, so it cannot be queried for nodes.*")]
    [InlineData("CALL db.index.fulltext.queryNodes('names', 'a AND (') YIELD node RETURN node",
        "*ParseException: Cannot parse 'a AND (':*")]
    [InlineData("CALL db.index.fulltext.queryNodes('names', 'a', {analyzer: 'nope'}) YIELD node RETURN node",
        "*No such analyzer: 'nope'*")]
    public async Task A_failing_call_is_a_ProcedureCallFailed_error(string query, string message)
    {
        var act = async () => await _session.RunAsync(query);

        var error = (await act.Should().ThrowAsync<CypherException>()).Which;
        error.Kind.Should().Be(CypherErrorKind.ProcedureError);
        error.Neo4jCode.Should().Be("Neo.ClientError.Procedure.ProcedureCallFailed");
        error.Message.Should().Match(message + "*");
    }

    [Fact]
    public async Task Creating_an_index_under_a_taken_name_reports_Neo4js_schema_codes()
    {
        var sameName = async () => await _session.RunAsync("CREATE FULLTEXT INDEX names FOR (n:Person) ON EACH [n.name]");
        var equivalent = async () => await _session.RunAsync("CREATE FULLTEXT INDEX other FOR (n:Org) ON EACH [n.name]");

        (await sameName.Should().ThrowAsync<CypherException>()).Which.Neo4jCode.Should().Be("Neo.ClientError.Schema.IndexWithNameAlreadyExists");
        (await equivalent.Should().ThrowAsync<CypherException>()).Which.Neo4jCode.Should().Be("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists");
    }

    [Fact]
    public async Task A_range_index_cannot_take_a_full_text_index_name()
    {
        var act = async () => await _session.RunAsync("CREATE INDEX names FOR (n:Org) ON (n.name)");

        (await act.Should().ThrowAsync<CypherException>()).Which.Detail.Should().Be("EquivalentSchemaRuleAlreadyExists");
    }
}
