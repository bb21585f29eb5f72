using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;
using GraphExplorer.GraphQL.Validation;
using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The cost estimate of lists and Relay connections: sub-selections count once per expected node, the size coming
/// from first/last/limit (literal, variable default, schema default) as GitHub's GraphQL API computes its node limit.
/// </summary>
public sealed class CostLimitRuleTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query {
          repository(name: String): Repository
          users(first: Int, last: Int): UserConnection!
          search(first: Int = 30): UserConnection!
          people(limit: Int): [User]
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
        """).Build();

    /// <summary>The estimated cost: the smallest limit the operation passes (the rule stops counting once a limit is
    /// exceeded, so the figure in its message is only a lower bound).</summary>
    private static long Cost(string query)
    {
        var document = Parser.Parse(query);
        var cost = 0;
        while (DocumentValidator.Validate(Schema, document, [new CostLimitRule(cost, 10)]).Count > 0)
        {
            cost++;
        }

        return cost;
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
    [InlineData("query Q($n: Int = 20) { users(first: $n) { nodes { login } } }", 22)]
    [InlineData("query Q($n: Int) { users(first: $n) { nodes { login } } }", 12)]
    [InlineData("{ users { nodes { login } } }", 12)]
    [InlineData("{ search { nodes { login } } }", 32)]
    [InlineData("{ search(first: 3) { nodes { login } } }", 5)]
    [InlineData("{ users(first: 2, last: 7) { nodes { login } } }", 9)]
    [InlineData("{ people(limit: 4) { login } }", 5)]
    [InlineData("{ people { login } }", 11)]
    public void The_size_comes_from_the_literal_the_variable_default_the_schema_default_or_the_default_size(string query, long cost)
    {
        Cost(query).Should().Be(cost);
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
}
