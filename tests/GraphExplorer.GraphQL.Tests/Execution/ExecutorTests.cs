using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private enum Status
    {
        Active,
        OnHold,
    }

    private sealed record Item(string Name, Status Status, int[]?[] Matrix);

    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        enum Status { ACTIVE ON_HOLD }
        input Filter { name: String tags: [String!] nested: Filter }
        type Item { name: String status: Status matrix: [[Int!]]! }
        type Query { item: Item echo(filter: Filter): String items: [Item] }
        type Subscription { tick: Int }
        """)
        .BindField("Query", "item", _ => new Item("one", Status.OnHold, [[1, 2], null, []]))
        .BindField("Query", "items", _ => new[] { new Item("a", Status.Active, []), new Item("b", Status.OnHold, []) })
        .BindField("Query", "echo", c => InputCoercionText(c.Arguments["filter"]))
        .BindField("Subscription", "tick", _ => 1)
        .Build();

    private static string InputCoercionText(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(kv => kv.Key + ":" + InputCoercionText(kv.Value))) + "}",
        IEnumerable<object?> list => "[" + string.Join(",", list.Select(InputCoercionText)) + "]",
        _ => value.ToString()!,
    };

    [Fact]
    public async Task Merges_selections_of_the_same_response_key()
    {
        (await Run.Json(Schema, "{ item { name } item { status } }")).Should().Be("""{"data":{"item":{"name":"one","status":"ON_HOLD"}}}""");
    }

    [Fact]
    public async Task Serialises_csharp_enum_values_of_unbound_enums_by_name()
    {
        (await Run.Json(Schema, "{ items { status } }")).Should().Be("""{"data":{"items":[{"status":"ACTIVE"},{"status":"ON_HOLD"}]}}""");
    }

    [Fact]
    public async Task Completes_nested_lists_with_null_inner_lists()
    {
        (await Run.Json(Schema, "{ item { matrix } }")).Should().Be("""{"data":{"item":{"matrix":[[1,2],null,[]]}}}""");
    }

    [Fact]
    public async Task Variables_inside_nested_input_literals_are_substituted()
    {
        var json = await Run.Json(Schema, "query ($n: String, $t: [String!]) { echo(filter: {name: $n, nested: {tags: $t}}) }", """{"n": "x", "t": ["a", "b"]}""");
        json.Should().Be("""{"data":{"echo":"{name:x,nested:{tags:[a,b]}}"}}""");
    }

    [Fact]
    public async Task Missing_variables_inside_input_literals_leave_the_field_absent()
    {
        (await Run.Json(Schema, "query ($n: String) { echo(filter: {name: $n, tags: [\"a\"]}) }")).Should().Be("""{"data":{"echo":"{tags:[a]}"}}""");
    }

    [Fact]
    public async Task A_subscription_operation_executes_its_root_field_once()
    {
        (await Run.Json(Schema, "subscription { tick }")).Should().Be("""{"data":{"tick":1}}""");
    }

    [Fact]
    public async Task Root_value_is_the_source_of_root_fields()
    {
        var schema = SchemaBuilder.FromSdl("type Query { greeting: String }").Build();
        (await Run.Json(schema, "{ greeting }", rootValue: new Dictionary<string, object?> { ["greeting"] = "hi" })).Should().Be("""{"data":{"greeting":"hi"}}""");
    }

    [Fact]
    public async Task Default_resolver_reads_properties_case_insensitively_and_json()
    {
        var schema = SchemaBuilder.FromSdl("type Query { item: Item json: Item } type Item { name: String status: String }")
            .BindField("Query", "item", _ => new { Name = "anon", Status = "ok" })
            .BindField("Query", "json", _ => System.Text.Json.JsonDocument.Parse("""{"name":"j","status":"s"}""").RootElement)
            .Build();
        (await Run.Json(schema, "{ item { name status } json { name } }")).Should().Be("""{"data":{"item":{"name":"anon","status":"ok"},"json":{"name":"j"}}}""");
    }

    [Fact]
    public async Task Resolvers_see_arguments_path_and_field_nodes()
    {
        IReadOnlyList<object>? path = null;
        var schema = SchemaBuilder.FromSdl("type Query { items: [Item] } type Item { name(upper: Boolean = false): String }")
            .BindField("Query", "items", _ => new[] { "a", "b" })
            .BindField("Item", "name", c =>
            {
                path = c.Path;
                return (bool)c.Arguments["upper"]! ? ((string)c.Source!).ToUpperInvariant() : c.Source;
            })
            .Build();
        (await Run.Json(schema, "{ items { n: name(upper: true) } }")).Should().Be("""{"data":{"items":[{"n":"A"},{"n":"B"}]}}""");
        path.Should().Equal("items", 1, "n");
    }

    [Fact]
    public async Task Arguments_of_a_field_inside_a_list_are_coerced_once_per_request()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<IReadOnlyDictionary<string, object?>>();
        var schema = SchemaBuilder.FromSdl("type Query { items: [Item] } type Item { label(prefix: String!): String }")
            .BindField("Query", "items", _ => new[] { "a", "b", "c" })
            .BindField("Item", "label", c =>
            {
                seen.Add(c.Arguments);
                return (string)c.Arguments["prefix"]! + c.Source;
            })
            .Build();
        (await Run.Json(schema, "query ($p: String!) { items { label(prefix: $p) } }", """{"p": "#"}""")).Should().Be("""{"data":{"items":[{"label":"#a"},{"label":"#b"},{"label":"#c"}]}}""");
        seen.Distinct().Should().ContainSingle();
    }
}
