using System.Globalization;
using System.Text.Json;
using GraphExplorer.Application.Api;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Execution;

namespace GraphExplorer.Application.Tests.Api;

/// <summary>
/// The dates of an agreement's term (effective, expires, renewal due, at their precision), filtered and sorted like
/// the signing date, and what they mean today (<c>term</c>), through the GraphQL API on a database of its own. Dates
/// are set relative to today so the tests hold on any day.
/// </summary>
public sealed class AgreementTermApiTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private IGraphDatabase database = null!;

    public async Task InitializeAsync()
    {
        (database, _) = await SeedGraphFixture.CreateLoadedAsync();
        await using var session = database.OpenSession();
        var soon = new DateOnly(Today.Year, Today.Month, 1).AddMonths(2);
        await session.RunAsync(
            "MATCH (a:Agreement {key: 'agr:lsa-jaxa-2024'}) SET a.effectiveDate = date('2024-06-01'), a.effectiveDatePrecision = 'month', " +
            "a.expiryDate = date($soon), a.expiryDatePrecision = 'month', a.expiryDateBasis = 'test'",
            new Dictionary<string, object?> { ["soon"] = soon.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        await session.RunAsync("MATCH (a:Agreement {key: 'agr:agc-glass-europe-anechoic-chambers-2016'}) SET a.expiryDate = date('2021-01-01'), a.expiryDatePrecision = 'year'");
        await session.RunAsync(
            "MATCH (a:Agreement {key: 'agr:luxprovide-jaxa-loi-2024'}) SET a.renewalDate = date($renewal)",
            new Dictionary<string, object?> { ["renewal"] = Today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static JsonElement Node(JsonElement data) => data.GetProperty("node");

    [Fact]
    public async Task An_agreement_gives_its_term_dates_at_their_precision_and_says_it_is_expiring()
    {
        var data = await new ApiQuery(database).DataAsync("""
            {
              node(id: "agr:lsa-jaxa-2024") {
                ... on Agreement { effective { iso precision } expires { iso precision note } renewalDue { iso } term { status withinMonths reason date { iso } } }
              }
            }
            """);

        var agreement = Node(data);
        agreement.GetProperty("effective").GetProperty("iso").GetString().Should().Be("2024-06");
        agreement.GetProperty("expires").GetProperty("precision").GetString().Should().Be("MONTH");
        agreement.GetProperty("expires").GetProperty("note").GetString().Should().Be("test");
        agreement.GetProperty("renewalDue").ValueKind.Should().Be(JsonValueKind.Null);
        var term = agreement.GetProperty("term");
        (term.GetProperty("status").GetString(), term.GetProperty("withinMonths").GetInt32()).Should().Be(("EXPIRING", LifecycleOptions.DefaultExpiringWithinMonths));
        term.GetProperty("date").GetProperty("iso").GetString().Should().Be(agreement.GetProperty("expires").GetProperty("iso").GetString());
    }

    [Fact]
    public async Task A_past_expiry_is_expired_a_near_renewal_is_due_and_an_agreement_without_either_has_no_term()
    {
        var data = await new ApiQuery(database).DataAsync("""
            {
              expired: node(id: "agr:agc-glass-europe-anechoic-chambers-2016") { ... on Agreement { term { status date { iso } } } }
              due: node(id: "agr:luxprovide-jaxa-loi-2024") { ... on Agreement { term { status } } }
              none: node(id: "agr:luxembourg-japan-space-cooperation-2024") { ... on Agreement { term { status } } }
              graph: neighbourhood(id: "agr:lsa-jaxa-2024", depth: 1) { nodes { id term { status } } }
            }
            """);

        data.GetProperty("expired").GetProperty("term").GetProperty("status").GetString().Should().Be("EXPIRED");
        data.GetProperty("expired").GetProperty("term").GetProperty("date").GetProperty("iso").GetString().Should().Be("2021");
        data.GetProperty("due").GetProperty("term").GetProperty("status").GetString().Should().Be("RENEWAL_DUE");
        data.GetProperty("none").GetProperty("term").ValueKind.Should().Be(JsonValueKind.Null);
        var nodes = data.GetProperty("graph").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        nodes["agr:lsa-jaxa-2024"].GetProperty("term").GetProperty("status").GetString().Should().Be("EXPIRING");
        nodes["org:jaxa"].GetProperty("term").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Agreements_filter_and_sort_by_their_expiry_like_by_their_signing()
    {
        var data = await new ApiQuery(database).DataAsync("""
            {
              before2025: agreements(where: { expires: { lte: "2024-12-31" } }) { nodes { id } }
              byExpiry: agreements(first: 3, orderBy: [{ field: EXPIRES, direction: ASC }]) { nodes { id } }
            }
            """);

        data.GetProperty("before2025").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())
            .Should().Equal("agr:agc-glass-europe-anechoic-chambers-2016");
        data.GetProperty("byExpiry").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Take(2)
            .Should().Equal("agr:agc-glass-europe-anechoic-chambers-2016", "agr:lsa-jaxa-2024");
    }

    [Fact]
    public async Task The_expiring_window_is_a_setting()
    {
        var engine = new GraphQLEngine(ExplorerSchema.Create(database, new StewardKeyVerifier([]), _ => null, lifecycle: new LifecycleOptions(ExpiringWithinMonths: 1)));
        var result = await engine.ExecuteAsync(new GraphQLRequest("""{ node(id: "agr:lsa-jaxa-2024") { ... on Agreement { term { status } } } }"""));

        JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data").GetProperty("node").GetProperty("term").ValueKind
            .Should().Be(JsonValueKind.Null, "an expiry two months on is beyond a one-month window");
    }
}
