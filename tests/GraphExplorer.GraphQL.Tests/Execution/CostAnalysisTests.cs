using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Tests.Validation;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>
/// The cost estimate (see CostAnalysis): sub-selections of lists and Relay connections count once per expected item,
/// the size coming from first/last/limit (literal, the request's variable, the schema default), a declared list size
/// or the default size, as GitHub's GraphQL API computes its node limit; over the limit, nothing runs.
/// </summary>
public sealed class CostAnalysisTests
{
    private static int resolved;

    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query {
          repository(name: String): Repository
          users(first: Int, last: Int): UserConnection!
          search(first: Int = 30): UserConnection!
          people(limit: Int): [User]
          graph(limit: Int = 5): Subgraph!
          paths(first: Int = 2): [Path!]!
        }
        type Repository { name: String issues(first: Int, last: Int): IssueConnection! }
        type IssueConnection { totalCount: Int edges: [IssueEdge] nodes: [Issue] pageInfo: PageInfo }
        type IssueEdge { cursor: String node: Issue }
        type Issue { title: String comments(first: Int): CommentConnection! labels: [Label] }
        type CommentConnection { nodes: [Comment] }
        type Comment { body: String }
        type Label { name: String }
        type PageInfo { hasNextPage: Boolean }
        type UserConnection { nodes: [User] }
        type User { login: String }
        type Subgraph { nodes: [User!]! edges: [Label!]! truncated: Boolean! }
        type Path { nodes: [User!]! length: Int! }
        """)
        .SetCost("Query", "graph", 50)
        .SetListSize("Query", "graph", new ListSize { SlicingArguments = ["limit"], SizedFields = ["nodes", "edges"] })
        .SetListSize("Path", "nodes", new ListSize { AssumedSize = 7 })
        .BindField("Query", "people", _ =>
        {
            Interlocked.Increment(ref resolved);
            return new object[] { new Dictionary<string, object?> { ["login"] = "ada" } };
        })
        .Build();

    private static long Cost(string query, string? variables = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var coerced = Executor.CoerceVariableValues(Schema, operation, variables is null ? null : JsonInput.ParseVariables(variables), out var errors);
        errors.Should().BeEmpty();
        return CostAnalysis.Estimate(Schema, document, operation, coerced, defaultListSize: 10).Total;
    }

    [Fact]
    public void Nested_connections_multiply_by_their_first_argument()
    {
        // GitHub's example: 50 issues with 10 comments each. repository 1 + issues 1 + edges (1 + 50 × (node 1 +
        // comments 1 + nodes (1 + 10 × body 1))) = 653.
        Cost("{ repository { issues(first: 50) { edges { node { comments(first: 10) { nodes { body } } } } } } }").Should().Be(653);
    }

    [Fact]
    public void A_connection_counts_its_own_fields_once_and_its_lists_per_node()
    {
        // issues 1 + totalCount 1 + pageInfo (1 + 1) + nodes (1 + 20 × title 1) = 25, under repository 1.
        Cost("{ repository { issues(last: 20) { totalCount pageInfo { hasNextPage } nodes { title } } } }").Should().Be(26);
    }

    [Theory]
    [InlineData("query Q($n: Int = 20) { users(first: $n) { nodes { login } } }", null, 22)]
    [InlineData("query Q($n: Int = 20) { users(first: $n) { nodes { login } } }", """{"n": 300}""", 302)]
    [InlineData("query Q($n: Int) { users(first: $n) { nodes { login } } }", """{"n": 4}""", 6)]
    [InlineData("query Q($n: Int) { users(first: $n) { nodes { login } } }", null, 12)]
    [InlineData("query Q($n: Int) { search(first: $n) { nodes { login } } }", """{"n": null}""", 32)]
    [InlineData("{ users { nodes { login } } }", null, 12)]
    [InlineData("{ search { nodes { login } } }", null, 32)]
    [InlineData("{ search(first: 3) { nodes { login } } }", null, 5)]
    [InlineData("{ users(first: 2, last: 7) { nodes { login } } }", null, 9)]
    [InlineData("{ people(limit: 4) { login } }", null, 5)]
    [InlineData("{ people(limit: -4) { login } }", null, 1)]
    [InlineData("{ people { login } }", null, 11)]
    public void The_size_comes_from_the_literal_the_request_variable_the_schema_default_or_the_default_size(string query, string? variables, long cost)
    {
        Cost(query, variables).Should().Be(cost);
    }

    [Fact]
    public void A_connection_size_does_not_leak_into_lists_below_its_nodes()
    {
        // labels sits under Issue, not directly in the connection: default 10. 1 + 1 + (1 + 50 × (1 + 10 × 1)) = 553.
        Cost("{ repository { issues(first: 50) { nodes { labels { name } } } } }").Should().Be(553);
    }

    [Fact]
    public void Fragments_on_a_connection_use_its_size()
    {
        Cost("{ repository { issues(first: 50) { ...Page } } } fragment Page on IssueConnection { nodes { title } }")
            .Should().Be(Cost("{ repository { issues(first: 50) { nodes { title } } } }"));
    }

    [Fact]
    public void A_declared_slicing_argument_sizes_the_lists_of_the_object_the_field_returns()
    {
        // graph 50 + truncated 1 + nodes (1 + 2000 × 1) + edges (1 + 2000 × 1) = 4053: the subgraph's own fields once.
        Cost("{ graph(limit: 2000) { truncated nodes { login } edges { name } } }").Should().Be(4053);
        Cost("query Q($l: Int) { graph(limit: $l) { nodes { login } } }", """{"l": 2000}""").Should().Be(2051);
        Cost("{ graph { nodes { login } } }").Should().Be(56, "the argument's default, 5");
    }

    [Fact]
    public void An_assumed_size_bounds_a_list_without_arguments()
    {
        // paths 1 + 4 × (length 1 + nodes (1 + 7 × 1)) = 37.
        Cost("{ paths(first: 4) { length nodes { login } } }").Should().Be(37);
    }

    [Fact]
    public void Aliases_add_up()
    {
        var aliased = string.Concat(Enumerable.Range(0, 300).Select(i => $"a{i}: graph(limit: 2000) {{ nodes {{ login }} edges {{ name }} }} "));
        Cost("{ " + aliased + "}").Should().Be(300 * 4052);
    }

    [Fact]
    public void Fragments_spread_many_times_are_measured_once()
    {
        // 40 levels of fragments, each spreading the next twice: 2^40 paths if expanded naively. Each level costs
        // 1 + 2 × the next: 2^41 - 1 for F0, under repository 1 + issues 1 + nodes (1 + 10 × F0).
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Issue {{ title ...F{i + 1} ...F{i + 1} }} "));
        var query = "{ repository { issues { nodes { ...F0 } } } } " + fragments + "fragment F40 on Issue { title }";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Cost(query).Should().Be(3 + 10 * ((1L << 41) - 1));
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task An_operation_over_the_limit_is_refused_before_anything_runs_naming_cost_limit_and_costliest_field()
    {
        var before = resolved;
        var result = await Run.Execute(Schema, "query Q {\n  people(limit: 1) { login }\n  big: graph(limit: 2000) { nodes { login } }\n}",
            options: ExecutionOptions.Default with { MaxCost = 1000 });

        result.HasData.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Message.Should().Be("Operation \"Q\" has an estimated cost of 2053, which exceeds the maximum allowed cost of 1000. Its costliest field is " +
            "\"big: graph\" at 3:3 (cost 2051): ask for fewer items (first, limit) or split the request. Nothing was run.");
        error.Locations.Should().Equal(new SourceLocation(3, 3));
        error.Extensions!["code"].Should().Be(ErrorCodes.MaxCostExceeded);
        error.Extensions["cost"].Should().Be(2053L);
        error.Extensions["maxCost"].Should().Be(1000);
        resolved.Should().Be(before, "nothing runs");
    }

    [Fact]
    public async Task The_limit_reads_the_variables_of_the_request()
    {
        const string query = "query Q($l: Int) { graph(limit: $l) { nodes { login } } }";
        var options = ExecutionOptions.Default with { MaxCost = 1000 };

        (await Run.Execute(Schema, query, """{"l": 5000}""", options: options)).Errors.Should().ContainSingle()
            .Which.Code.Should().Be(ErrorCodes.MaxCostExceeded);
        (await Run.Execute(Schema, query, """{"l": 900}""", options: options)).Errors?.Select(e => e.Code)
            .Should().NotContain(ErrorCodes.MaxCostExceeded);
    }

    [Fact]
    public async Task The_estimate_is_in_the_extensions_when_asked_and_only_then()
    {
        var document = Parser.Parse("{ people(limit: 4) { login } }");
        var asked = await Executor.ExecuteRequestAsync(Schema, new ExecutionRequest(document) { ReportCost = true });
        var notAsked = await Executor.ExecuteRequestAsync(Schema, new ExecutionRequest(document));

        asked.ToJson().Should().Be("""{"data":{"people":[{"login":"ada"}]},"extensions":{"cost":{"estimated":5,"maximum":100000}}}""");
        notAsked.ToJson().Should().Be("""{"data":{"people":[{"login":"ada"}]}}""");
    }

    [Fact]
    public async Task The_full_introspection_query_of_graphql_js_is_under_the_default_limit()
    {
        var result = await Run.Execute(CompatSchema.Build(), IntrospectionQueryText.Full);

        result.Errors.Should().BeNull();
    }
}
