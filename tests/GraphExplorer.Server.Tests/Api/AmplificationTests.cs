using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace GraphExplorer.Server.Tests.Api;

/// <summary>
/// Amplification within the cost limit (issue #11: aliased neighbourhoods made a 40.7 MB response, and 16 such
/// requests at once raised the server from 180 MB to 1.56 GB, never released). A request under the cost limit can
/// still ask for every citation's article text: the response cap (<c>GraphQL:MaxResponseBytes</c>) refuses such a
/// response whole, the costly-request slots (<c>Server:MaxConcurrentRequests</c>, <c>Server:RequestQueueLength</c>)
/// bound how many are worked on at once, and meanwhile <c>/health</c> and a cheap query answer.
/// </summary>
public sealed class AmplificationTests(AmplificationTests.LimitedServer server, ITestOutputHelper output) : IClassFixture<AmplificationTests.LimitedServer>
{
    /// <summary>Ten aliased neighbourhoods, each with every edge's citations and their articles' full text: an estimated
    /// cost of 90,520, under the default limit of 100,000; about 3 MB of response per alias on the seed graph.</summary>
    private static readonly string Amplifying = "{\n" + string.Concat(Enumerable.Range(0, 10).Select(i =>
        $"  a{i}: neighbourhood(id: \"org:jaxa\", depth: 4, limit: 200) {{ nodes {{ id label }} edges {{ source target citations {{ quote source {{ title text }} }} }} }}\n")) + "}";

    private const string Cheap = """{ search(text: "JAXA", first: 3) { entity { id name } } }""";

    [Fact]
    public async Task A_response_over_the_byte_cap_is_replaced_whole_by_an_error_naming_the_cap()
    {
        var (status, headers, text) = await PostAsync(Amplifying);

        status.Should().Be(HttpStatusCode.BadRequest);
        headers.RetryAfter.Should().BeNull();
        using var body = JsonDocument.Parse(text); // whole JSON: nothing of the large response was sent
        body.RootElement.TryGetProperty("data", out _).Should().BeFalse();
        var error = body.RootElement.GetProperty("errors").EnumerateArray().Should().ContainSingle().Subject;
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("RESPONSE_TOO_LARGE");
        error.GetProperty("message").GetString().Should().Contain($"larger than {LimitedServer.MaxResponseBytes} bytes (GraphQL:MaxResponseBytes)");
        text.Length.Should().BeLessThan(1000);
    }

    [Fact]
    public async Task A_response_under_the_cap_is_sent_whole()
    {
        var (status, _, text) = await PostAsync(Amplifying.Replace("text", "", StringComparison.Ordinal));

        status.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(text);
        body.RootElement.GetProperty("data").GetProperty("a9").GetProperty("edges").GetArrayLength().Should().BeGreaterThan(10);
    }

    [Fact]
    public async Task An_amplification_attack_keeps_memory_bounded_refuses_past_the_queue_and_leaves_the_explorer_usable()
    {
        await PostAsync(Cheap);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5);
            }
        });

        var watch = Stopwatch.StartNew();
        var attack = Enumerable.Range(0, Attackers).Select(_ => PostAsync(Amplifying)).ToList();
        await Task.Delay(200);
        var health = await TimedAsync(async () =>
        {
            using var client = server.CreateClient();
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            return response.StatusCode;
        });
        var cheap = await TimedAsync(async () => (await PostAsync(Cheap)).Status);
        var results = await Task.WhenAll(attack);
        var attackTime = watch.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        var after = GC.GetTotalMemory(forceFullCollection: true);

        const long MiB = 1024 * 1024;
        output.WriteLine($"{Attackers} attackers in {attackTime.TotalSeconds:F1} s: " +
            string.Join(", ", results.GroupBy(r => r.Status).Select(g => $"{(int)g.Key}×{g.Count()}")) +
            $"; managed memory {baseline / MiB} MiB before, peak {peak / MiB} MiB, {after / MiB} MiB after; " +
            $"/health {health.Elapsed.TotalMilliseconds:F0} ms, cheap query {cheap.Elapsed.TotalMilliseconds:F0} ms during the attack");

        health.Value.Should().Be(HttpStatusCode.OK);
        cheap.Value.Should().Be(HttpStatusCode.OK);
        health.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        cheap.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        results.Should().OnlyContain(r => r.Status == HttpStatusCode.BadRequest || r.Status == HttpStatusCode.ServiceUnavailable);
        var refused = results.Where(r => r.Status == HttpStatusCode.ServiceUnavailable).ToList();
        refused.Should().NotBeEmpty("with 2 slots and a queue of 2, most of the burst is refused at once");
        refused.Should().OnlyContain(r => r.Headers.RetryAfter != null && r.Text.Contains("SERVER_BUSY", StringComparison.Ordinal));
        (peak - baseline).Should().BeLessThan(PeakBound, "at most 2 costly requests are worked on at once");
        (after - baseline).Should().BeLessThan(32 * MiB, "the memory is released after the attack");
    }

    private const int Attackers = 24;

    /// <summary>The stated bound (README) on the managed memory the attack adds at its peak, with 2 slots.</summary>
    private const long PeakBound = 200L * 1024 * 1024;

    private static async Task<(T Value, TimeSpan Elapsed)> TimedAsync<T>(Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        var value = await action();
        return (value, watch.Elapsed);
    }

    private async Task<(HttpStatusCode Status, HttpResponseHeaders Headers, string Text)> PostAsync(string query)
    {
        using var client = server.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The explorer with 2 costly-request slots, a queue of 2 and a 4 MiB response cap.</summary>
    public sealed class LimitedServer() : ExplorerTestServer(new Dictionary<string, string?>
    {
        ["GraphQL:MaxResponseBytes"] = MaxResponseBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Server:MaxConcurrentRequests"] = "2",
        ["Server:RequestQueueLength"] = "2",
    })
    {
        public const int MaxResponseBytes = 4 * 1024 * 1024;
    }
}
