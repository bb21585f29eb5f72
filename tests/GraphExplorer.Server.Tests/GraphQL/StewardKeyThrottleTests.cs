using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Server.GraphQL;
using GraphExplorer.Server.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Server.Tests.GraphQL;

/// <summary>
/// Wrong steward keys are logged (a warning with the client's address, never the key) and, past
/// <c>Stewards:MaxFailedAttempts</c> in <c>Stewards:FailedAttemptWindowSeconds</c>, the address's requests that present a
/// key get 429 with a GraphQL error saying when to retry; reading without a key goes on.
/// </summary>
public sealed class StewardKeyThrottleTests(StewardKeyThrottleTests.Server server) : IClassFixture<StewardKeyThrottleTests.Server>
{
    private const int MaxFailedAttempts = 2;

    private const string WrongKey = "wrong-key-0123456789abcdef";

    public sealed class Server() : ExplorerTestServer(new Dictionary<string, string?>
    {
        ["Stewards:MaxFailedAttempts"] = MaxFailedAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Stewards:FailedAttemptWindowSeconds"] = "600",
    })
    {
        public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Logged { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logged)));
        }
    }

    [Fact]
    public async Task Wrong_keys_are_logged_and_past_the_limit_the_address_must_wait()
    {
        for (var attempt = 0; attempt < MaxFailedAttempts; attempt++)
        {
            var (status, _, body) = await PostAsync("{ auditTrail { id } }", WrongKey);
            status.Should().Be(HttpStatusCode.OK);
            Code(body).Should().Be("FORBIDDEN");
        }

        var warnings = server.Logged.Where(l => l.Category == typeof(StewardKeyThrottle).FullName).ToList();
        warnings.Should().HaveCount(MaxFailedAttempts).And.OnlyContain(l => l.Level == LogLevel.Warning);
        warnings.Should().OnlyContain(l => l.Message.Contains("from unknown", StringComparison.Ordinal),
            "the test host has no remote address, which the warning says");
        server.Logged.Should().NotContain(l => l.Message.Contains(WrongKey, StringComparison.Ordinal), "a key is never logged");

        var (refused, retryAfter, refusal) = await PostAsync("{ auditTrail { id } }", server.StewardKey);
        refused.Should().Be(HttpStatusCode.TooManyRequests, "even the right key waits once the address used up its failures");
        Code(refusal).Should().Be(StewardKeyThrottle.ErrorCode);
        refusal.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("retry after");
        retryAfter.Should().NotBeNull();
        retryAfter!.Value.TotalSeconds.Should().BeInRange(1, 600);

        var (reading, _, read) = await PostAsync("{ organizations(first: 1) { nodes { id } } }", bearer: null);
        reading.Should().Be(HttpStatusCode.OK, "reading without a key is never throttled");
        read.TryGetProperty("errors", out _).Should().BeFalse();
    }

    private async Task<(HttpStatusCode Status, TimeSpan? RetryAfter, JsonElement Body)> PostAsync(string query, string? bearer)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await client.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, response.Headers.RetryAfter?.Delta, document.RootElement.Clone());
    }

    private static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    private sealed class CapturingLoggerProvider(ConcurrentQueue<(LogLevel, string, string)> logged) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, logged);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string, string)> logged) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logged.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
