using System.Text;
using System.Text.Json;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j.Tests.Json;

public sealed class TypedRowsConverterTests
{
    private static QueryResponse Parse(string json) =>
        JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), QueryApiJsonContext.Default.QueryResponse)!;

    [Fact]
    public void Reads_rows_of_typed_values_in_field_order()
    {
        var response = Parse("""
            {"data": {"fields": ["a", "b"], "values": [
              [{"$type": "Integer", "_value": "1"}, {"$type": "String", "_value": "x"}],
              [{"$type": "Integer", "_value": "2"}, {"$type": "Null", "_value": null}]]}}
            """);
        response.Data!.Fields.Should().Equal("a", "b");
        response.Data.Values.Should().HaveCount(2);
        response.Data.Values![0].Should().Equal(1L, "x");
        response.Data.Values[1].Should().Equal(2L, null);
    }

    [Fact]
    public void Reads_a_bare_value_as_a_one_column_row() =>
        Parse("""{"data": {"fields": ["n"], "values": [{"$type": "String", "_value": "Peter"}]}}""")
            .Data!.Values![0].Should().Equal("Peter");

    [Fact]
    public void Reads_an_empty_result() =>
        Parse("""{"data": {"fields": [], "values": []}, "bookmarks": []}""").Data!.Values.Should().BeEmpty();

    [Fact]
    public void Reads_the_transaction_and_errors_parts()
    {
        var response = Parse("""
            {"errors": [{"code": "Neo.ClientError.Request.Invalid", "message": "m"}], "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}
            """);
        response.Errors.Should().ContainSingle().Which.Should().Be(new QueryError("Neo.ClientError.Request.Invalid", "m"));
        response.Transaction.Should().Be(new TransactionInfo("lyU", "2024-10-22T15:48:29Z"));
    }

    [Fact]
    public void Writes_requests_without_absent_members()
    {
        var json = JsonSerializer.Serialize(new QueryRequest(null, AccessMode: "Read"), QueryApiJsonContext.Default.QueryRequest);
        json.Should().Be("""{"accessMode":"Read"}""");
    }
}
