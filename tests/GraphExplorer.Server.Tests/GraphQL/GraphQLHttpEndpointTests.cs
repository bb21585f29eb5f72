using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Server.Tests.GraphQL;

public sealed class GraphQLHttpEndpointTests : IClassFixture<TransportTestServer>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly TransportTestServer server;
    private readonly HttpClient client;

    public GraphQLHttpEndpointTests(TransportTestServer server)
    {
        this.server = server;
        client = server.CreateClient();
    }

    [Fact]
    public async Task A_POSTed_query_answers_200_in_the_negotiated_media_type()
    {
        var response = await PostAsync("""{"query":"{ hello(name: \"Ada\") }"}""", GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(GraphQLResponse);
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString().Should().Be("hello Ada");
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    public async Task The_response_media_type_follows_the_Accept_header(string? accept, string expected)
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", accept);

        response.Content.Headers.ContentType!.MediaType.Should().Be(expected);
    }

    [Fact]
    public async Task An_unacceptable_media_type_is_406()
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", "text/plain");

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task An_invalid_document_is_400_without_data_in_the_spec_media_type_and_200_in_legacy_json()
    {
        var spec = await PostAsync("""{"query":"{ nope }"}""", GraphQLResponse);
        spec.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await JsonAsync(spec);
        body.TryGetProperty("data", out _).Should().BeFalse();
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("nope");

        var legacy = await PostAsync("""{"query":"{ nope }"}""", "application/json");
        legacy.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_syntax_error_reports_its_line_and_column()
    {
        var response = await PostAsync("{\"query\":\"{\\n  hello(\\n}\"}", GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        error.GetProperty("locations")[0].GetProperty("line").GetInt32().Should().Be(3);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("{}", "no \\\"query\\\"")]
    [InlineData("""{"query": 1}""", "must be a string")]
    [InlineData("""{"query":"{ hello }","variables":"x"}""", "\\\"variables\\\" must be an object")]
    [InlineData("""{"query":"{ hello }","operationName":7}""", "\\\"operationName\\\"")]
    [InlineData("""{"query":"{ hello }","extensions":[]}""", "\\\"extensions\\\"")]
    public async Task Malformed_requests_are_400_with_a_message_saying_what_is_wrong(string body, string expected)
    {
        var response = await PostAsync(body, GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(expected);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' })]
    public async Task A_string_that_is_not_valid_Unicode_is_400_with_a_GraphQL_error(byte[] inQuery)
    {
        byte[] body = [.. "{\"query\":\"{ hello } #"u8, .. inQuery, .. "\"}"u8];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponse));

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        answer.RootElement.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("not valid Unicode");
    }

    [Fact]
    public async Task Null_variables_operation_name_and_extensions_are_accepted()
    {
        var response = await PostAsync("""{"query":"{ hello }","variables":null,"operationName":null,"extensions":null}""", GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_POST_without_a_JSON_content_type_is_415()
    {
        var noType = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("{\"query\":\"{ hello }\"}"u8.ToArray()) };
        (await client.SendAsync(noType)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);

        var text = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ hello }", Encoding.UTF8, "text/plain") };
        (await client.SendAsync(text)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_request_over_the_size_limit_is_413()
    {
        var query = "{ hello " + new string(' ', 5000) + "}";
        var response = await PostAsync(JsonSerializer.Serialize(new { query }), GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_streamed_without_a_length_over_the_size_limit_is_413()
    {
        var query = "{ hello " + new string(' ', 5000) + "}";
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ChunkedJson(JsonSerializer.Serialize(new { query }), 512) };

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_arriving_in_pieces_is_read_whole()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ChunkedJson("""{"query":"{ hello(name: \"Ada\") }"}""", 7) };
        request.Headers.Accept.ParseAdd(GraphQLResponse);

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString().Should().Be("hello Ada");
    }

    [Theory]
    [InlineData("application/json; charset=utf-8", HttpStatusCode.OK)]
    [InlineData("application/json;charset=utf-8", HttpStatusCode.OK)]
    [InlineData("Application/JSON; Charset=UTF-8", HttpStatusCode.OK)]
    [InlineData("application/json; charset=latin1", HttpStatusCode.UnsupportedMediaType)]
    public async Task A_POST_content_type_is_checked_however_it_is_written(string contentType, HttpStatusCode expected)
    {
        var content = new ByteArrayContent("{\"query\":\"{ hello }\"}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        (await client.PostAsync("/graphql", content)).StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task GET_runs_queries_with_JSON_encoded_variables()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }")
            + "&variables=" + Uri.EscapeDataString("""{"n":"Grace"}""");
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(GraphQLResponse);

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString().Should().Be("hello Grace");
    }

    [Fact]
    public async Task GET_refuses_mutations_with_405_and_runs_nothing()
    {
        var before = server.Counter;
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { increment }"));
        request.Headers.Accept.ParseAdd(GraphQLResponse);

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Contain("POST");
        server.Counter.Should().Be(before);
    }

    [Fact]
    public async Task Other_methods_are_405_with_the_allowed_ones()
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/graphql"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo(["GET", "POST", "PUT", "DELETE"], "PUT and DELETE serve graphql-sse's reservations");
    }

    [Fact]
    public async Task A_failing_resolver_shows_a_generic_error_with_a_correlation_id_and_no_internals()
    {
        var response = await PostAsync("""{"query":"{ broken hello }"}""", GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "field errors come with partial data");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("internal detail").And.NotContain("at GraphExplorer");
        var body = JsonDocument.Parse(text).RootElement;
        body.GetProperty("data").GetProperty("hello").GetString().Should().Be("hello world");
        body.GetProperty("errors")[0].GetProperty("path")[0].GetString().Should().Be("broken");
    }

    [Fact]
    public async Task A_browser_asking_for_HTML_gets_the_IDE_page()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");

        var response = await client.SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("GraphiQL");
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.Accept.Clear();
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>A JSON body sent in pieces of <paramref name="pieceSize"/> bytes with no Content-Length (chunked).</summary>
    private sealed class ChunkedJson : HttpContent
    {
        private readonly byte[] bytes;
        private readonly int pieceSize;

        public ChunkedJson(string json, int pieceSize)
        {
            bytes = Encoding.UTF8.GetBytes(json);
            this.pieceSize = pieceSize;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += pieceSize)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(pieceSize, bytes.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
