using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphExplorer.Server.Tests.Api;

namespace GraphExplorer.Server.Tests.GraphQL;

/// <summary>Apollo's Automatic Persisted Queries, over POST and GET, as Apollo Client's persisted-queries link expects them (issue #18).</summary>
public sealed class PersistedDocumentsTests(ExplorerTestServer server) : IClassFixture<ExplorerTestServer>
{
    internal static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    internal static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    [Fact]
    public async Task An_unknown_hash_is_not_found_then_registered_with_its_document_then_runs_by_hash_alone()
    {
        using var client = server.CreateClient();
        var query = "query Apq { node(id: \"org:jaxa\") { id } }";
        var hash = Sha256(query);

        var (status, unknown) = await PostAsync(client, new { extensions = Extensions(hash) });
        unknown.GetProperty("errors")[0].GetProperty("message").GetString().Should().Be("PersistedQueryNotFound");
        Code(unknown).Should().Be("PERSISTED_QUERY_NOT_FOUND");
        status.Should().Be(HttpStatusCode.BadRequest, "a request error in application/graphql-response+json");

        var (_, registered) = await PostAsync(client, new { query, extensions = Extensions(hash) });
        registered.GetProperty("data").GetProperty("node").GetProperty("id").GetString().Should().Be("org:jaxa");

        var (_, byHash) = await PostAsync(client, new { extensions = Extensions(hash) });
        byHash.GetProperty("data").GetProperty("node").GetProperty("id").GetString().Should().Be("org:jaxa");

        var get = await client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash))));
        var getBody = JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement;
        getBody.GetProperty("data").GetProperty("node").GetProperty("id").GetString().Should().Be("org:jaxa", "hashed queries may be sent with GET");
    }

    [Fact]
    public async Task A_hash_that_is_not_the_document_s_is_refused_and_nothing_runs()
    {
        using var client = server.CreateClient();

        var (status, body) = await PostAsync(client, new { query = "{ node(id: \"org:jaxa\") { id } }", extensions = Extensions(Sha256("something else")) });

        Code(body).Should().Be("PERSISTED_QUERY_HASH_MISMATCH");
        body.TryGetProperty("data", out _).Should().BeFalse();
        status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_malformed_persisted_query_extension_names_the_expected_shape()
    {
        using var client = server.CreateClient();

        var (_, body) = await PostAsync(client, new { extensions = new { persistedQuery = new { version = 2, sha256Hash = Sha256("x") } } });

        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("version must be 1");
    }
}

/// <summary>The trusted-documents mode: only the web client's registered operations run.</summary>
public sealed class TrustedDocumentsTests(TrustedDocumentsTests.Server server) : IClassFixture<TrustedDocumentsTests.Server>
{
    public sealed class Server() : ExplorerTestServer(new Dictionary<string, string?> { ["GraphQL:TrustedDocumentsOnly"] = "true" });

    private static readonly IReadOnlyDictionary<string, string> ClientDocuments = ClientDocumentsTests.ClientQueries.Read();

    [Fact]
    public void The_manifest_registers_exactly_the_client_s_documents()
    {
        var path = Path.Combine(ClientDocumentsTests.ClientQueries.RepositoryRoot(), "client", "persisted-documents.json");
        using var manifest = JsonDocument.Parse(File.ReadAllText(path));
        var registered = manifest.RootElement.GetProperty("operations").EnumerateArray()
            .ToDictionary(o => o.GetProperty("id").GetString()!, o => o.GetProperty("body").GetString()!);

        registered.Values.Should().BeEquivalentTo(ClientDocuments.Values,
            "client/persisted-documents.json must list what client/src/api/queries.ts sends: run node client/scripts/persisted-documents.mjs");
        registered.Should().OnlyContain(kv => kv.Key == PersistedDocumentsTests.Sha256(kv.Value));
    }

    [Fact]
    public async Task A_registered_document_runs_whole_or_by_hash_and_any_other_is_refused()
    {
        using var client = server.CreateClient();
        var search = ClientDocuments["SEARCH_QUERY"];
        var variables = new { text = "JAXA", first = 3 };

        var (_, whole) = await PersistedDocumentsTests.PostAsync(client, new { query = search, variables });
        whole.GetProperty("data").GetProperty("search").GetArrayLength().Should().BeGreaterThan(0);

        var (_, byHash) = await PersistedDocumentsTests.PostAsync(client, new { variables, extensions = PersistedDocumentsTests.Extensions(PersistedDocumentsTests.Sha256(search)) });
        byHash.GetProperty("data").GetProperty("search").GetArrayLength().Should().BeGreaterThan(0);

        var (status, other) = await PersistedDocumentsTests.PostAsync(client, new { query = "{ node(id: \"org:jaxa\") { id } }" });
        PersistedDocumentsTests.Code(other).Should().Be("PERSISTED_QUERY_NOT_IN_LIST");
        status.Should().Be(HttpStatusCode.BadRequest);

        var otherHash = "{ sectors { id } }";
        var (_, registering) = await PersistedDocumentsTests.PostAsync(client, new { query = otherHash, extensions = PersistedDocumentsTests.Extensions(PersistedDocumentsTests.Sha256(otherHash)) });
        PersistedDocumentsTests.Code(registering).Should().Be("PERSISTED_QUERY_NOT_IN_LIST", "APQ cannot register new operations in this mode");
    }
}
