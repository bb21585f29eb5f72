using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphExplorer.Server.Tests.GraphQL;

/// <summary>
/// Subscriptions over Server-Sent Events with the graphql-sse protocol (issue #18), beside graphql-ws: a subscriber
/// sees a steward's change when it commits, in distinct-connections mode (one stream per operation) and in
/// single-connection mode (a reserved stream, operations started and stopped by separate requests); errors as the
/// protocol places them.
/// </summary>
public sealed class GraphQLEventStreamTests(AnnouncingTestServer server) : IClassFixture<AnnouncingTestServer>
{
    private static object Input(string id, string description) => StewardChanges.Input(id, "Streamed Robotics " + id, description);

    private const string TokenHeader = "X-GraphQL-Event-Stream-Token";
    private const string EntityChanged = "subscription ($id: ID) { entityChanged(id: $id) { id deleted batch entity { ... on Organization { description } } } }";

    private static HttpRequestMessage Json(HttpMethod method, string path, object body, string? accept = "text/event-stream")
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return request;
    }

    /// <summary>Sends and returns as soon as the headers arrive, the body left to stream.</summary>
    private async Task<HttpResponseMessage> OpenAsync(HttpClient client, HttpRequestMessage request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
    }

    [Fact]
    public async Task Distinct_connections_a_subscriber_sees_a_steward_s_change_when_it_commits()
    {
        using var client = server.CreateClient();
        using var response = await OpenAsync(client, Json(HttpMethod.Post, "/graphql", new { query = EntityChanged, variables = new { id = "org:streamed-one" } }));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        using var events = new EventReader(await response.Content.ReadAsStreamAsync());

        // The headers come once the subscription is registered: a change committed now reaches it.
        var mutation = await server.PostAsync(StewardChanges.Upsert, Input("org:streamed-one", "Seen over SSE"), bearer: server.StewardKey);
        var batch = mutation.GetProperty("data").GetProperty("upsertOrganization").GetProperty("audit").GetProperty("id").GetString();

        var (name, data) = await events.NextAsync();
        name.Should().Be("next");
        var change = JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("entityChanged");
        change.GetProperty("id").GetString().Should().Be("org:streamed-one");
        change.GetProperty("batch").GetString().Should().Be(batch);
        change.GetProperty("entity").GetProperty("description").GetString().Should().Be("Seen over SSE");
    }

    [Fact]
    public async Task Distinct_connections_an_invalid_subscription_is_a_next_event_with_the_errors_then_complete()
    {
        using var client = server.CreateClient();
        using var response = await OpenAsync(client, Json(HttpMethod.Post, "/graphql", new { query = "subscription { batchCommitted { nope } }" }));
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the protocol reports validation errors on the accepted stream");
        using var events = new EventReader(await response.Content.ReadAsStreamAsync());

        var (name, data) = await events.NextAsync();
        name.Should().Be("next");
        JsonDocument.Parse(data).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            .Should().Be("FIELDS_ON_CORRECT_TYPE");
        (await events.NextAsync()).Should().Be(("complete", ""));
        (await events.EndAsync()).Should().BeTrue("a stream of one operation ends with it");
    }

    [Fact]
    public async Task Distinct_connections_a_query_is_refused_with_where_to_send_it()
    {
        using var client = server.CreateClient();
        using var response = await OpenAsync(client, Json(HttpMethod.Post, "/graphql", new { query = "{ node(id: \"org:jaxa\") { id } }" }));
        using var events = new EventReader(await response.Content.ReadAsStreamAsync());

        var (_, data) = await events.NextAsync();
        JsonDocument.Parse(data).RootElement.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("send queries and mutations over HTTP");
    }

    [Fact]
    public async Task A_query_accepting_JSON_and_event_streams_alike_is_answered_as_plain_GraphQL_over_HTTP()
    {
        using var client = server.CreateClient();
        // What urql 6's fetchExchange sends with every query.
        var request = Json(HttpMethod.Post, "/graphql", new { query = "{ node(id: \"org:jaxa\") { id } }" }, accept: null);
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed");
        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/graphql-response+json");
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("node").GetProperty("id").GetString()
            .Should().Be("org:jaxa");
    }

    [Fact]
    public async Task Single_connection_operations_start_and_stop_on_one_reserved_stream()
    {
        using var client = server.CreateClient();
        using var reserve = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        reserve.StatusCode.Should().Be(HttpStatusCode.Created);
        var token = await reserve.Content.ReadAsStringAsync();
        token.Should().HaveLength(43, "256 random bits in base64url");

        var open = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        open.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        open.Headers.Add(TokenHeader, token);
        using var stream = await OpenAsync(client, open);
        stream.StatusCode.Should().Be(HttpStatusCode.OK);
        using var events = new EventReader(await stream.Content.ReadAsStreamAsync());

        var second = new HttpRequestMessage(HttpMethod.Get, $"/graphql?token={token}");
        second.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var conflict = await client.SendAsync(second);
        conflict.StatusCode.Should().Be(HttpStatusCode.Conflict, "one stream per reservation");

        foreach (var (operationId, query, variables) in new (string, string, object?)[]
                 {
                     ("changed", EntityChanged, new { id = "org:streamed-two" }),
                     ("committed", "subscription { batchCommitted { id operation } }", null),
                 })
        {
            var start = Json(HttpMethod.Post, "/graphql", new { query, variables, extensions = new { operationId } }, accept: null);
            start.Headers.Add(TokenHeader, token);
            using var accepted = await client.SendAsync(start);
            accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        var invalid = Json(HttpMethod.Post, "/graphql", new { query = "subscription { nope }", extensions = new { operationId = "bad" } }, accept: "application/graphql-response+json");
        invalid.Headers.Add(TokenHeader, token);
        using var refused = await client.SendAsync(invalid);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a request error is answered as GraphQL over HTTP answers it");
        JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            .Should().Be("FIELDS_ON_CORRECT_TYPE");

        var mutation = await server.PostAsync(StewardChanges.Upsert, Input("org:streamed-two", "Seen on one stream"), bearer: server.StewardKey);
        var batch = mutation.GetProperty("data").GetProperty("upsertOrganization").GetProperty("audit").GetProperty("id").GetString();

        var received = new Dictionary<string, JsonElement>();
        while (received.Count < 2)
        {
            var (name, data) = await events.NextAsync();
            name.Should().Be("next");
            var message = JsonDocument.Parse(data).RootElement;
            received[message.GetProperty("id").GetString()!] = message.GetProperty("payload").GetProperty("data");
        }

        received["changed"].GetProperty("entityChanged").GetProperty("entity").GetProperty("description").GetString().Should().Be("Seen on one stream");
        received["committed"].GetProperty("batchCommitted").GetProperty("id").GetString().Should().Be(batch);

        using var stop = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/graphql?operationId=changed&token={token}"));
        stop.StatusCode.Should().Be(HttpStatusCode.OK);
        await server.PostAsync(StewardChanges.Upsert, Input("org:streamed-two", "After the stop"), bearer: server.StewardKey);
        var (after, afterData) = await events.NextAsync();
        after.Should().Be("next");
        JsonDocument.Parse(afterData).RootElement.GetProperty("id").GetString().Should().Be("committed", "the stopped operation sends nothing more");
    }

    [Fact]
    public async Task An_unknown_reservation_token_is_404_and_an_operation_without_an_id_is_400()
    {
        using var client = server.CreateClient();
        var unknown = Json(HttpMethod.Post, "/graphql", new { query = "subscription { batchCommitted { id } }", extensions = new { operationId = "x" } }, accept: null);
        unknown.Headers.Add(TokenHeader, "not-a-reservation");
        using var notFound = await client.SendAsync(unknown);
        notFound.StatusCode.Should().Be(HttpStatusCode.NotFound);

        using var reserve = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        var noId = Json(HttpMethod.Post, "/graphql", new { query = "subscription { batchCommitted { id } }" }, accept: null);
        noId.Headers.Add(TokenHeader, await reserve.Content.ReadAsStringAsync());
        using var badRequest = await client.SendAsync(noId);
        badRequest.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badRequest.Content.ReadAsStringAsync()).Should().Contain("extensions.operationId");
    }

    /// <summary>Reads a text/event-stream as the Server-Sent Events specification interprets it: comment lines skipped,
    /// an event dispatched at each blank line.</summary>
    private sealed class EventReader(Stream stream) : IDisposable
    {
        private readonly StreamReader reader = new(stream, Encoding.UTF8);

        public async Task<(string Name, string Data)> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            string? name = null;
            var data = new List<string>();
            while (true)
            {
                var line = await reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The stream ended before an event.");
                if (line.Length == 0)
                {
                    if (name is not null || data.Count > 0)
                    {
                        return (name ?? "message", string.Join("\n", data));
                    }

                    continue;
                }

                if (line.StartsWith(':'))
                {
                    continue;
                }

                var colon = line.IndexOf(':');
                var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
                if (field == "event")
                {
                    name = value;
                }
                else if (field == "data")
                {
                    data.Add(value);
                }
            }
        }

        /// <summary>True when the server ends the stream with no further event.</summary>
        public async Task<bool> EndAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length > 0 && !line.StartsWith(':'))
                {
                    return false;
                }
            }

            return true;
        }

        public void Dispose() => reader.Dispose();
    }
}
