using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;
using GraphExplorer.GraphQL.Validation;

namespace GraphExplorer.GraphQL.Tests.Execution;

public sealed class GraphQLEngineTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { hello(name: String = \"world\"): String! deep: Query }")
        .BindField("Query", "hello", c => "hello " + c.Arguments["name"])
        .BindField("Query", "deep", _ => new object())
        .Build();

    [Fact]
    public async Task Runs_parse_validate_execute_with_json_requests()
    {
        var engine = new GraphQLEngine(Schema);
        var request = GraphQLRequest.FromJson("""{"query": "query Q($n: String) { hello(name: $n) }", "variables": {"n": "Ada"}, "operationName": "Q"}""");
        (await engine.ExecuteAsync(request)).ToJson().Should().Be("""{"data":{"hello":"hello Ada"}}""");
    }

    [Fact]
    public async Task Syntax_errors_are_request_errors_without_data()
    {
        var result = await new GraphQLEngine(Schema).ExecuteAsync(new GraphQLRequest("{ hello("));
        result.ToJson().Should().Be("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":9}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""");
    }

    [Fact]
    public async Task Validation_errors_are_request_errors_without_data()
    {
        var result = await new GraphQLEngine(Schema).ExecuteAsync(new GraphQLRequest("{ nope }"));
        result.HasData.Should().BeFalse();
        result.Errors!.Single().Code.Should().Be(GraphQLErrors.ValidationCodes.FieldsOnCorrectType);
    }

    [Fact]
    public async Task Repeated_documents_are_parsed_and_validated_once()
    {
        var engine = new GraphQLEngine(Schema);
        for (var i = 0; i < 5; i++)
        {
            await engine.ExecuteAsync(new GraphQLRequest("{ hello }"));
        }

        engine.Documents.Misses.Should().Be(1);
        engine.Documents.Hits.Should().Be(4);
        engine.Prepare("{ hello }").Should().BeSameAs(engine.Prepare("{ hello }"));
    }

    [Fact]
    public void Document_cache_evicts_the_least_recently_used_entry()
    {
        var cache = new DocumentCache(capacity: 2);
        var prepared = 0;
        PreparedDocument Prepare(string text)
        {
            prepared++;
            return new PreparedDocument(Parser.Parse(text), []);
        }

        cache.GetOrAdd("{ a }", Prepare);
        cache.GetOrAdd("{ b }", Prepare);
        cache.GetOrAdd("{ a }", Prepare);
        cache.GetOrAdd("{ c }", Prepare);
        cache.GetOrAdd("{ a }", Prepare);
        cache.GetOrAdd("{ b }", Prepare);
        cache.Count.Should().Be(2);
        prepared.Should().Be(4, "b was evicted by c, a stayed because it was used recently");
    }

    [Fact]
    public async Task Protective_limits_and_introspection_switch_apply()
    {
        var engine = new GraphQLEngine(Schema, new GraphQLEngineOptions
        {
            Validation = new ValidationOptions { MaxDepth = 3, IntrospectionEnabled = false },
        });
        var deep = await engine.ExecuteAsync(new GraphQLRequest("{ deep { deep { deep { hello } } } }"));
        deep.Errors!.Single().Code.Should().Be(ErrorCodes.MaxDepthExceeded);
        var introspection = await engine.ExecuteAsync(new GraphQLRequest("{ __schema { queryType { name } } }"));
        introspection.Errors!.Single().Code.Should().Be(ErrorCodes.IntrospectionDisabled);
        (await engine.ExecuteAsync(new GraphQLRequest("{ __typename }"))).ToJson().Should().Be("""{"data":{"__typename":"Query"}}""");
    }

    [Fact]
    public async Task Parser_token_limit_protects_the_engine()
    {
        var engine = new GraphQLEngine(Schema, new GraphQLEngineOptions { Parser = new ParserOptions { MaxTokens = 50 } });
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 100).Select(i => $"a{i}: hello")) + " }";
        var result = await engine.ExecuteAsync(new GraphQLRequest(query));
        result.Errors!.Single().Message.Should().Be("Syntax Error: Document contains more than 50 tokens. Parsing aborted.");
    }

    [Fact]
    public void Malformed_request_json_is_a_user_error()
    {
        var act = () => GraphQLRequest.FromJson("{\"variables\": {}}");
        act.Should().Throw<GraphQLException>().Which.Code.Should().Be(ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task Concurrent_requests_share_the_engine_safely()
    {
        var batches = 0;
        var schema = SchemaBuilder.FromSdl("type Query { items(n: Int!): [Item!]! } type Item { id: Int! double: Int! }")
            .BindField("Query", "items", c => Enumerable.Range(0, (int)c.Arguments["n"]!).ToList())
            .BindField("Item", "id", c => c.Source)
            .BindFieldAsync("Item", "double", c => c.GetDataLoader<int, int>("double", async (keys, ct) =>
            {
                Interlocked.Increment(ref batches);
                await Task.Yield();
                return keys.ToDictionary(k => k, k => k * 2);
            }).LoadAsync((int)c.Source!))
            .Build();
        var engine = new GraphQLEngine(schema);

        var results = await Task.WhenAll(Enumerable.Range(1, 64).Select(i => Task.Run(() =>
            engine.ExecuteAsync(new GraphQLRequest("query ($n: Int!) { items(n: $n) { id double } }") { Variables = new Dictionary<string, object?> { ["n"] = i % 8 + 1 } }))));

        for (var i = 0; i < results.Length; i++)
        {
            var n = (i + 1) % 8 + 1;
            var expected = "{\"data\":{\"items\":[" + string.Join(",", Enumerable.Range(0, n).Select(k => $"{{\"id\":{k},\"double\":{k * 2}}}")) + "]}}";
            results[i].ToJson().Should().Be(expected);
        }

        batches.Should().Be(64, "one batch per request: loaders are per request");
        engine.Documents.Count.Should().Be(1);
    }
}
