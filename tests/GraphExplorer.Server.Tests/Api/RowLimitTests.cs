namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// A server whose <c>Database:MaxRows</c> is far below the seed graph: it starts (the seed loads), search answers, and a
/// client query over the limit fails with a coded error that names the setting (issue #11: search answered
/// INTERNAL_SERVER_ERROR and the seed failed at start-up).
/// </summary>
public sealed class RowLimitTests(RowLimitTests.SmallRowLimitServer server) : IClassFixture<RowLimitTests.SmallRowLimitServer>
{
    [Fact]
    public async Task The_seed_loads_and_search_answers_under_a_row_limit_below_the_graph()
    {
        var data = await server.DataAsync("""{ search(text: "space", first: 3) { score } organizations(first: 1) { totalCount } }""");

        data.GetProperty("search").GetArrayLength().Should().BeGreaterThan(0);
        data.GetProperty("organizations").GetProperty("totalCount").GetInt32().Should().BeGreaterThan(SmallRowLimitServer.MaxRows);
    }

    [Fact]
    public async Task A_client_query_over_the_row_limit_is_a_coded_error_that_names_the_limit()
    {
        var body = await server.PostAsync("""{ organizations(first: 50) { nodes { id } } }""");

        body.TryGetProperty("errors", out var errors).Should().BeTrue(body.ToString());
        var error = errors.EnumerateArray().Single();
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("RESULT_LIMIT_EXCEEDED");
        error.GetProperty("message").GetString().Should().Contain("Database:MaxRows").And.Contain($"{SmallRowLimitServer.MaxRows} rows");
        error.GetProperty("path")[0].GetString().Should().Be("organizations");
    }

    public sealed class SmallRowLimitServer() : ExplorerTestServer(new Dictionary<string, string?> { ["Database:MaxRows"] = MaxRows.ToString() })
    {
        public const int MaxRows = 10;
    }
}
