using System.Diagnostics;
using GraphExplorer.Server.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GraphExplorer.Server.Tests.Telemetry;

/// <summary>
/// One GraphQL request is one trace with a span per layer: the HTTP request, the GraphQL operation under it, a data
/// loader batch under that, and the Cypher statement the batch ran, whose text carries parameters, not the values.
/// </summary>
public sealed class TraceTests(TraceTests.TracedServer server) : IClassFixture<TraceTests.TracedServer>
{
    public sealed class TracedServer : ExplorerTestServer
    {
        /// <summary>Every span the server's tracer exported (spans of other servers in this process may be here too:
        /// activity listeners are process-wide, so tests find theirs by operation name).</summary>
        public List<Activity> Spans { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
        }
    }

    [Fact]
    public async Task A_request_is_traced_from_HTTP_through_the_operation_and_a_batch_to_the_Cypher_statement()
    {
        await server.DataAsync("""
            query TraceProbe { search(text: "JAXA", first: 3) { entity { id ... on Organization { citations { quote } } } } }
            """);

        var operation = await SpanAsync(s => s.OperationName == "query TraceProbe");
        var http = await SpanAsync(s => s.SpanId == operation.ParentSpanId);
        var batch = await SpanAsync(s => s.ParentSpanId == operation.SpanId && s.OperationName == "graphql.batch citations");
        var statement = await SpanAsync(s => s.ParentSpanId == batch.SpanId && s.OperationName == "cypher");

        http.Kind.Should().Be(ActivityKind.Server);
        http.Source.Name.Should().Be("Microsoft.AspNetCore");
        operation.TraceId.Should().Be(http.TraceId);
        operation.GetTagItem("graphql.operation.type").Should().Be("query");
        ((int)batch.GetTagItem("graphql.batch.size")!).Should().BeGreaterThan(0);
        statement.GetTagItem("db.query.text").Should().BeOfType<string>().Which.Should().Contain("$");
        var searchStatement = await SpanAsync(s => s.ParentSpanId == operation.SpanId && s.OperationName == "cypher");
        searchStatement.GetTagItem("db.query.text").Should().BeOfType<string>().Which.Should().NotContain("JAXA", "the searched text travels as a parameter");
    }

    /// <summary>The span matching <paramref name="match"/>, waiting briefly: the HTTP span ends after the response is read.</summary>
    private async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Exported().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No such span among: {string.Join(", ", Exported().Select(s => s.OperationName))}");
    }

    /// <summary>A copy of the exported spans (the exporter appends without a lock, from any test's requests).</summary>
    private Activity[] Exported()
    {
        while (true)
        {
            try
            {
                return [.. server.Spans.ToArray().Where(s => s is not null)];
            }
            catch (ArgumentException)
            {
                // The list grew while it was copied: copy again.
            }
        }
    }
}
