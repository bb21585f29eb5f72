using System.Text.Json;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>Steward mutations through HTTP: the credential is checked before anything is read or written.</summary>
public sealed class MutationTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    private const string Upsert = """
        mutation ($input: OrganizationInput!) {
          upsertOrganization(input: $input) {
            entity { id name entityType ... on Organization { kind country { id } citations { quote source { id } } } }
            audit { steward operation target at }
          }
        }
        """;

    private static object Input(string id) => new
    {
        input = new
        {
            id,
            name = "Test Robotics " + id,
            kind = "COMPANY",
            country = "place:japan",
            citation = new { source = "src:001-20df84f1ae021dc9", quote = "Une phrase citée pour le test." },
        },
    };

    [Fact]
    public async Task Without_a_key_a_mutation_is_unauthenticated_and_writes_nothing()
    {
        var before = await CountAsync();
        var body = await server.PostAsync(Upsert, Input("org:test-no-key"));

        Code(body).Should().Be("UNAUTHENTICATED");
        (await CountAsync()).Should().Be(before);
        (await server.DataAsync("""{ entity(id: "org:test-no-key") { id } }""")).GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task With_a_key_that_is_no_steward_s_a_mutation_is_forbidden_and_writes_nothing()
    {
        var before = await CountAsync();
        var body = await server.PostAsync(Upsert, Input("org:test-wrong-key"), bearer: "not-the-steward-key-but-long-enough");

        Code(body).Should().Be("FORBIDDEN");
        (await CountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_steward_upserts_an_organisation_that_reads_back_with_its_citation_and_audit()
    {
        var body = await server.PostAsync(Upsert, Input("org:test-robotics"), bearer: server.StewardKey);

        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var result = body.GetProperty("data").GetProperty("upsertOrganization");
        result.GetProperty("audit").GetProperty("steward").GetString().Should().Be(ExplorerTestServer.StewardName);
        result.GetProperty("audit").GetProperty("target").GetString().Should().Be("org:test-robotics");
        var entity = result.GetProperty("entity");
        entity.GetProperty("kind").GetString().Should().Be("COMPANY");
        entity.GetProperty("country").GetProperty("id").GetString().Should().Be("place:japan");

        var search = await server.DataAsync("""{ search(text: "Test Robotics") { entity { id } } }""");
        search.GetProperty("search")[0].GetProperty("entity").GetProperty("id").GetString().Should().Be("org:test-robotics");
    }

    [Fact]
    public async Task A_steward_s_invalid_change_is_an_error_with_a_code_naming_the_input()
    {
        var body = await server.PostAsync(
            """mutation { deleteEntity(id: "org:no-such-organisation") { audit { id } } }""",
            bearer: server.StewardKey);

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("NOT_FOUND");
        error.GetProperty("message").GetString().Should().Contain("org:no-such-organisation");
    }

    [Fact]
    public async Task A_change_citing_an_unknown_source_fails_validation_naming_the_input_and_writes_nothing()
    {
        var before = await CountAsync();
        var body = await server.PostAsync(Upsert, new
        {
            input = new
            {
                id = "org:test-unsourced",
                name = "Unsourced",
                kind = "COMPANY",
                citation = new { source = "src:no-such-article", quote = "Une phrase." },
            },
        }, bearer: server.StewardKey);

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        error.GetProperty("message").GetString().Should().Contain("src:no-such-article").And.Contain("input.citation");
        (await CountAsync()).Should().Be(before);
    }

    private async Task<int> CountAsync() =>
        (await server.DataAsync("{ organizations { totalCount } }")).GetProperty("organizations").GetProperty("totalCount").GetInt32();

    private static string? Code(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
