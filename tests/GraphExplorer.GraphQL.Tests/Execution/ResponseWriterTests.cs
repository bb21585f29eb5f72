using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

public sealed class ResponseWriterTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: String b: Int c: [Float] d: Boolean e: ID }")
        .BindField("Query", "a", _ => "é <b> \"q\"\n")
        .BindField("Query", "b", _ => 7L)
        .BindField("Query", "c", _ => new[] { 1.5, 2 })
        .BindField("Query", "d", _ => true)
        .BindField("Query", "e", _ => 12)
        .Build();

    [Fact]
    public async Task Data_follows_selection_order_with_aliases()
    {
        (await Run.Json(Schema, "{ e d second: b c a }")).Should().Be("""{"data":{"e":"12","d":true,"second":7,"c":[1.5,2],"a":"é <b> \"q\"\n"}}""");
    }

    [Fact]
    public async Task Errors_come_before_data()
    {
        var json = await Run.Json(Schema, "{ a b(x: 1) }".Replace("(x: 1)", "", StringComparison.Ordinal) + " ");
        json.Should().StartWith("{\"data\"");
        var withError = await Run.Json(SchemaBuilder.FromSdl("type Query { a: Int }").BindField("Query", "a", _ => "x").Build(), "{ a }");
        withError.Should().Be("""{"errors":[{"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"FIELD_ERROR"}}],"data":{"a":null}}""");
    }

    [Fact]
    public async Task Json_integers_stay_integers_through_variables_and_untyped_literals()
    {
        var schema = SchemaBuilder.FromSdl("scalar JSON type Query { echo(v: JSON): String }")
            .BindField("Query", "echo", c => string.Join(",", ((System.Collections.IEnumerable)c.Arguments["v"]!).Cast<object>().Select(o => o.GetType().Name)))
            .Build();
        (await Run.Json(schema, "{ echo(v: [1, 1.5]) }")).Should().Be("""{"data":{"echo":"Int64,Double"}}""");
        (await Run.Json(schema, "query ($v: JSON) { echo(v: $v) }", """{"v": [1, 1.5]}""")).Should().Be("""{"data":{"echo":"Int64,Double"}}""");
    }
}
