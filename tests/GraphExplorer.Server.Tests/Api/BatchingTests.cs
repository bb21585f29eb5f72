namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// Per-item lookups of a list (citations, relationships, the sources cited, countries) are batched by the data
/// loaders: the number of database queries a request makes does not grow with the number of items listed.
/// </summary>
public sealed class BatchingTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string Organizations = """
        query ($first: Int) {
          organizations(first: $first) {
            nodes {
              id
              country { id }
              sectors { id }
              citations { quote source { id title } }
              people { title person { id citations { source { id } } } }
            }
          }
        }
        """;

    private const string Agreements = """
        query ($first: Int) {
          agreements(first: $first) {
            nodes {
              id
              citations { quote source { title } }
              parties { role party { id name } citations { source { title } } }
              implements { id }
              sectors { id }
            }
          }
        }
        """;

    [Theory]
    [InlineData(Organizations)]
    [InlineData(Agreements)]
    public async Task A_long_list_costs_the_same_number_of_queries_as_a_short_one(string query)
    {
        var (shortCount, shortItems) = await CountAsync(query, 2);
        var (longCount, longItems) = await CountAsync(query, 100);

        shortItems.Should().Be(2);
        longItems.Should().BeGreaterThan(5, "the seed graph lists more than a handful of them");
        longCount.Should().BeLessThanOrEqualTo(shortCount + 1,
            "lookups per item are batched (at most one more label group may appear); the statements were:\n{0}",
            string.Join("\n", server.Database.Statements.TakeLast(longCount)));
        longCount.Should().BeLessThan(longItems, "one query per item would be at least one per item");
    }

    private async Task<(int Queries, int Items)> CountAsync(string query, int first)
    {
        var before = server.Database.Queries;
        var data = await server.DataAsync(query, new { first });
        var queries = server.Database.Queries - before;
        var list = data.EnumerateObject().Single().Value.GetProperty("nodes");
        return (queries, list.GetArrayLength());
    }
}
