using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Server.Tests.Api;

namespace GraphExplorer.Server.Tests.Access;

/// <summary>
/// <c>Access:RequireSignIn</c>: anonymous reads are refused with 401 and a GraphQL error; tokens of the configured
/// provider (signed JWTs made by a local issuer) and steward keys read; a forged, expired or foreign-audience token is
/// anonymous; the provider's steward role lets a user change data, and a user without it cannot.
/// </summary>
public sealed class SignInTests(SignInTestServer server) : IClassFixture<SignInTestServer>
{
    private const string Read = """{ search(text: "JAXA", first: 1) { entity { id } } }""";

    private const string Upsert = """
        mutation ($input: OrganizationInput!) {
          upsertOrganization(input: $input) { audit { steward target } }
        }
        """;

    [Fact]
    public async Task An_anonymous_query_gets_401_with_an_UNAUTHENTICATED_error_and_reads_nothing()
    {
        using var response = await SendAsync(Read, bearer: null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        body.TryGetProperty("data", out _).Should().BeFalse();
        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("UNAUTHENTICATED");
        error.GetProperty("message").GetString().Should().Contain("Access:RequireSignIn");
    }

    [Fact]
    public async Task An_anonymous_briefing_pack_is_refused_with_401()
    {
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/briefing.pdf?e=org%3Ajaxa");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("signed-in user");
    }

    [Fact]
    public async Task A_token_of_the_provider_reads()
    {
        var body = await PostAsync(Read, server.Issuer.Issue("reader@example.org", []));

        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        body.GetProperty("data").GetProperty("search").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_steward_key_reads()
    {
        var body = await PostAsync(Read, server.StewardKey);

        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
    }

    public static TheoryData<string> UnacceptableTokens => new() { "forged", "expired", "other audience", "wrong key" };

    [Theory]
    [MemberData(nameof(UnacceptableTokens))]
    public async Task An_unacceptable_credential_is_refused_like_no_credential(string kind)
    {
        var bearer = kind switch
        {
            "forged" => server.Issuer.Issue("mallory", ["steward"], signWith: TestTokenIssuer.ForeignKey()),
            "expired" => server.Issuer.Issue("late", [], lifetime: TimeSpan.FromMinutes(-10)),
            "other audience" => server.Issuer.Issue("elsewhere", [], audience: "another-api"),
            _ => "not-a-steward-key-but-long-enough-to-be-one",
        };

        using var response = await SendAsync(Read, bearer);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_user_with_the_steward_role_changes_data_and_the_audit_names_them()
    {
        var body = await PostAsync(Upsert, server.Issuer.Issue("steward@example.org", ["reader", "steward"]), MutationTests.Input("org:test-role-steward"));

        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        var audit = body.GetProperty("data").GetProperty("upsertOrganization").GetProperty("audit");
        audit.GetProperty("steward").GetString().Should().Be("steward@example.org");
        audit.GetProperty("target").GetString().Should().Be("org:test-role-steward");
    }

    [Fact]
    public async Task A_user_without_the_steward_role_is_forbidden_to_change_data_and_nothing_is_written()
    {
        var reader = server.Issuer.Issue("reader@example.org", ["reader"]);

        var body = await PostAsync(Upsert, reader, MutationTests.Input("org:test-role-reader"));

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("FORBIDDEN");
        error.GetProperty("message").GetString().Should().Contain("steward role").And.Contain("reader@example.org");
        var entity = await PostAsync("""{ entity(id: "org:test-role-reader") { id } }""", reader);
        entity.GetProperty("data").GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_account_endpoint_says_sign_in_is_required_and_who_is_signed_in()
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Issuer.Issue("steward@example.org", ["steward"]));

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        body.GetProperty("signInRequired").GetBoolean().Should().BeTrue();
        body.GetProperty("signInAvailable").GetBoolean().Should().BeFalse();
        body.GetProperty("user").GetProperty("name").GetString().Should().Be("steward@example.org");
        body.GetProperty("user").GetProperty("steward").GetBoolean().Should().BeTrue();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_account_endpoint_names_the_steward_whose_key_is_presented_and_no_one_for_a_wrong_key(bool rightKey)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", rightKey ? server.StewardKey : StewardKeyHasher.NewKey());

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        if (rightKey)
        {
            body.GetProperty("user").GetProperty("name").GetString().Should().Be(ExplorerTestServer.StewardName);
            body.GetProperty("user").GetProperty("steward").GetBoolean().Should().BeTrue();
        }
        else
        {
            body.GetProperty("user").ValueKind.Should().Be(JsonValueKind.Null);
        }
    }

    private async Task<JsonElement> PostAsync(string query, string? bearer, object? variables = null)
    {
        using var response = await SendAsync(query, bearer, variables);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpResponseMessage> SendAsync(string query, string? bearer, object? variables = null)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await client.SendAsync(request);
    }
}
