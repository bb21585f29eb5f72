namespace GraphExplorer.Server.Telemetry;

/// <summary>The <c>Telemetry</c> configuration section: where traces, metrics and logs go (nowhere by default).</summary>
public sealed class TelemetrySettings
{
    public const string Section = "Telemetry";

    /// <summary>An OpenTelemetry collector (OTLP over gRPC, e.g. <c>http://127.0.0.1:4317</c>) that receives traces,
    /// metrics and logs; none when unset.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serve the metrics in Prometheus' text format at <c>/metrics</c>, to clients on this machine only.</summary>
    public bool PrometheusEnabled { get; set; }
}
