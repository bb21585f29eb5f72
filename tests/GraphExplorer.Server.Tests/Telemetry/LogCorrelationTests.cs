using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GraphExplorer.Server.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Server.Tests.Telemetry;

/// <summary>A log entry written while serving a request carries that request's trace id (here the caller's, sent in
/// <c>traceparent</c>), so logs and traces of one request can be joined.</summary>
public sealed class LogCorrelationTests(LogCorrelationTests.LoggingServer server) : IClassFixture<LogCorrelationTests.LoggingServer>
{
    public sealed class LoggingServer : ExplorerTestServer
    {
        public ScopeRecordingLoggerProvider Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }

    [Fact]
    public async Task A_warning_logged_during_a_request_carries_the_request_s_trace_id()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = """mutation { deleteEntity(id: "org:nothing") { audit { steward } } }""" }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-steward-key-but-long-enough");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var response = await client.SendAsync(request);

        server.Logs.Entries.Should().Contain(entry => entry.Message.Contains("presented a key that is not a steward's") && entry.TraceId == traceId);
    }

    /// <summary>Records each entry's message with the <c>TraceId</c> of its scopes (which the host adds from the current activity).</summary>
    public sealed class ScopeRecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<(string Message, string? TraceId)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeRecordingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                string? traceId = null;
                owner.scopes.ForEachScope((scope, _) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs && pairs.FirstOrDefault(p => p.Key == "TraceId").Value is { } value)
                    {
                        traceId = value.ToString();
                    }
                }, (object?)null);
                owner.Entries.Enqueue((formatter(state, exception), traceId));
            }
        }
    }
}
