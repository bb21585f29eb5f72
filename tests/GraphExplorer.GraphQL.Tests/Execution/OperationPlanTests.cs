using System.Text.Json;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>
/// The execution plan kept with a parsed document (Execution/OperationPlan): executing the same document again, with
/// other variables, concurrently or against another schema gives the answers a fresh execution gives.
/// </summary>
public sealed class OperationPlanTests
{
    private static Schema CountingSchema(List<string> seen) => SchemaBuilder.FromSdl("""
            type Query { echo(text: String, list: [String]): String item(id: Int!): Item items: [Item] }
            type Item { id: Int name: String }
            """)
        .BindField("Query", "echo", c =>
        {
            lock (seen)
            {
                seen.Add(c.Arguments.TryGetValue("text", out var text) ? (string?)text ?? "null" : "absent");
            }

            return c.Arguments.TryGetValue("list", out var list) && list is IEnumerable<object?> items
                ? string.Join(",", items)
                : c.Arguments.GetValueOrDefault("text") as string;
        })
        .BindField("Query", "item", c => new Dictionary<string, object?> { ["id"] = c.Arguments["id"], ["name"] = $"item {c.Arguments["id"]}" })
        .BindField("Query", "items", _ => new object[]
        {
            new Dictionary<string, object?> { ["id"] = 1, ["name"] = "map" },
            new RecordItem(2, "record"),
            new FieldItem { Id = 3, Name = "field" },
            JsonDocument.Parse("""{"id": 4, "name": "json"}""").RootElement,
        })
        .Build();

    private static async Task<string> Execute(Schema schema, DocumentNode document, string? variables = null)
    {
        var result = await Executor.ExecuteRequestAsync(schema, new ExecutionRequest(document)
        {
            Variables = variables is null ? null : JsonInput.ParseVariables(variables),
        });
        return result.ToJson();
    }

    [Fact]
    public async Task A_document_executed_again_with_other_variables_uses_the_new_values()
    {
        var schema = CountingSchema([]);
        var document = Parser.Parse("query ($t: String, $u: String) { echo(text: $t) list: echo(list: [\"a\", $u]) }");

        (await Execute(schema, document, """{"t": "one", "u": "x"}""")).Should().Be("""{"data":{"echo":"one","list":"a,x"}}""");
        (await Execute(schema, document, """{"t": "two", "u": "y"}""")).Should().Be("""{"data":{"echo":"two","list":"a,y"}}""");
    }

    [Fact]
    public async Task Skip_and_include_conditions_on_variables_are_evaluated_per_request()
    {
        var schema = CountingSchema([]);
        var document = Parser.Parse("query ($s: Boolean!) { a: echo(text: \"a\") ...F @skip(if: $s) } fragment F on Query { b: echo(text: \"b\") }");

        (await Execute(schema, document, """{"s": true}""")).Should().Be("""{"data":{"a":"a"}}""");
        (await Execute(schema, document, """{"s": false}""")).Should().Be("""{"data":{"a":"a","b":"b"}}""");
        (await Execute(schema, document, """{"s": true}""")).Should().Be("""{"data":{"a":"a"}}""");
    }

    [Fact]
    public async Task Constant_arguments_reach_every_execution_of_the_resolver()
    {
        var seen = new List<string>();
        var schema = CountingSchema(seen);
        var document = Parser.Parse("{ echo(text: \"constant\") }");

        await Execute(schema, document);
        await Execute(schema, document);

        seen.Should().Equal("constant", "constant");
    }

    [Fact]
    public async Task An_invalid_constant_argument_is_a_field_error_in_every_execution()
    {
        var schema = CountingSchema([]);
        var document = Parser.Parse("{ item(id: \"not a number\") { id } }");

        var first = await Execute(schema, document);
        var second = await Execute(schema, document);

        first.Should().Contain("\"errors\"").And.Contain("\"path\":[\"item\"]");
        second.Should().Be(first);
    }

    [Fact]
    public async Task The_same_document_against_another_schema_uses_that_schema()
    {
        var document = Parser.Parse("{ greeting }");
        var english = SchemaBuilder.FromSdl("type Query { greeting: String }").BindField("Query", "greeting", _ => "hello").Build();
        var french = SchemaBuilder.FromSdl("type Query { greeting: String }").BindField("Query", "greeting", _ => "bonjour").Build();

        (await Execute(english, document)).Should().Be("""{"data":{"greeting":"hello"}}""");
        (await Execute(french, document)).Should().Be("""{"data":{"greeting":"bonjour"}}""");
        (await Execute(english, document)).Should().Be("""{"data":{"greeting":"hello"}}""");
    }

    [Fact]
    public async Task The_default_resolver_reads_maps_records_fields_and_json_at_the_same_position()
    {
        var schema = CountingSchema([]);
        var document = Parser.Parse("{ items { id name } }");
        const string expected = """{"data":{"items":[{"id":1,"name":"map"},{"id":2,"name":"record"},{"id":3,"name":"field"},{"id":4,"name":"json"}]}}""";

        (await Execute(schema, document)).Should().Be(expected);
        (await Execute(schema, document)).Should().Be(expected);
    }

    [Fact]
    public async Task Concurrent_executions_of_one_document_give_the_same_answers()
    {
        var schema = CountingSchema([]);
        var document = Parser.Parse("query ($id: Int!) { item(id: $id) { id name } items { id ... on Item { name } } }");

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => Execute(schema, document, $$"""{"id": {{i}}}"""))));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().StartWith($$"""{"data":{"item":{"id":{{i}},"name":"item {{i}}"},"items":[{"id":1,"name":"map"},""");
        }
    }

    [Fact]
    public async Task Result_maps_answer_lookups_in_selection_order()
    {
        var schema = CountingSchema([]);
        var result = await Executor.ExecuteRequestAsync(schema, new ExecutionRequest(Parser.Parse("{ b: echo(text: \"2\") a: echo(text: \"1\") }")));

        result.Data!.Keys.Should().Equal("b", "a");
        result.Data["a"].Should().Be("1");
        result.Data.ContainsKey("echo").Should().BeFalse();
        result.Data.TryGetValue("b", out var b).Should().BeTrue();
        b.Should().Be("2");
        result.Data.Invoking(d => d["missing"]).Should().Throw<KeyNotFoundException>();
    }

    private sealed record RecordItem(int Id, string Name);

    private sealed class FieldItem
    {
#pragma warning disable SA1401, CA1051 // a public field on purpose: the default resolver reads fields too
        public int Id;
        public string? Name;
#pragma warning restore SA1401, CA1051
    }
}
