using System.Net;
using GraphExplorer.Cypher.Storage.Journal;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.Server.Hosting;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphExplorer.Server.Telemetry;

/// <summary>
/// OpenTelemetry for the server: traces (HTTP request → GraphQL operation → data loader batch → Cypher statement),
/// metrics (ASP.NET Core's request counts and latency histograms, <see cref="ServerMetrics"/>, the embedded database's
/// journal and compactions from <see cref="StorageMetrics"/>), and logs that carry the
/// trace and span ids of the request they were written in. Exported over OTLP when <c>Telemetry:OtlpEndpoint</c> is
/// set, and in Prometheus' format at <c>/metrics</c> when <c>Telemetry:PrometheusEnabled</c> is (to this machine only).
/// </summary>
internal static class TelemetryHosting
{
    public const string ServiceName = "graphexplorer";
    public const string MetricsPath = "/metrics";

    /// <summary>The runtime's built-in meter (.NET 9 and later).</summary>
    public const string RuntimeMeterName = "System.Runtime";

    public static TelemetrySettings AddTelemetry(WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TelemetrySettings.Section).Get<TelemetrySettings>() ?? new TelemetrySettings();
        Uri? otlp = null;
        if (!string.IsNullOrWhiteSpace(settings.OtlpEndpoint) && !Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out otlp))
        {
            throw new InvalidOperationException($"{TelemetrySettings.Section}:OtlpEndpoint '{settings.OtlpEndpoint}' is not an absolute address (e.g. http://127.0.0.1:4317).");
        }

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<ServerMetrics>();
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(options => options.Filter = http => !IsOperatorPath(http.Request.Path))
                    .AddSource(GraphQLTelemetry.SourceName, ServerMetrics.DatabaseSourceName);
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }
            })
            .WithMetrics(metrics =>
            {
                // System.Runtime is .NET's own meter (GC heap after the last collection, working set, thread pool): an operator
                // needs it to tell memory the server holds from memory the runtime has not yet returned to the system.
                metrics.AddAspNetCoreInstrumentation().AddMeter(ServerMetrics.MeterName, StorageMetrics.MeterName, RuntimeMeterName);
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
                }

                if (settings.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp is not null)
        {
            telemetry.WithLogging(logging => logging.AddOtlpExporter(exporter => exporter.Endpoint = otlp), options =>
            {
                options.IncludeScopes = true;
                options.IncludeFormattedMessage = true;
            });
        }

        return settings;
    }

    /// <summary>Registers what metrics read when collected, and serves <c>/metrics</c> to this machine when enabled.</summary>
    public static void UseTelemetry(WebApplication app, TelemetrySettings settings, ProductLayout layout)
    {
        var engine = app.Services.GetRequiredService<GraphQLEngine>();
        var database = app.Configuration.GetDatabaseSettings();
        app.Services.GetRequiredService<ServerMetrics>().Observe(
            () => engine.Documents.Hits,
            () => engine.Documents.Misses,
            database.Backend.Equals("embedded", StringComparison.OrdinalIgnoreCase) ? layout.Resolve(database.Path) : null);
        if (!settings.PrometheusEnabled)
        {
            return;
        }

        // Metrics describe the server's use: like the Bolt port, they are for this machine unless a proxy says otherwise.
        app.UseWhen(http => http.Request.Path.StartsWithSegments(MetricsPath) && !FromThisMachine(http), refused => refused.Run(http =>
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return http.Response.WriteAsync($"{MetricsPath} answers clients on this machine only (Telemetry:PrometheusEnabled).");
        }));
        app.MapPrometheusScrapingEndpoint(MetricsPath);
    }

    private static bool FromThisMachine(HttpContext http) => http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);

    /// <summary>Scrapes and health probes are not traced: they would drown the requests of users.</summary>
    private static bool IsOperatorPath(PathString path) => path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");
}
