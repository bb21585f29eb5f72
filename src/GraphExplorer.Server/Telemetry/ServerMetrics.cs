using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphExplorer.Server.Telemetry;

/// <summary>
/// The server's own metrics and database spans (HTTP requests and their latency come from ASP.NET Core's
/// instrumentation): GraphQL errors by code, database statement and transaction times, the GraphQL document cache and
/// the embedded database's size on disk. Names follow OpenTelemetry's conventions (seconds for durations, <c>db.*</c>
/// attributes). One per host (its meter comes from the host's <see cref="IMeterFactory"/>). Thread-safe.
/// </summary>
internal sealed class ServerMetrics
{
    public const string MeterName = "GraphExplorer.Server";
    public const string DatabaseSourceName = "GraphExplorer.Database";

    /// <summary>The spans of Cypher statements (see <see cref="TracedGraphDatabase"/>).</summary>
    public static readonly ActivitySource Database = new(DatabaseSourceName);

    /// <summary>The bucket bounds OpenTelemetry gives <c>http.server.request.duration</c> (the SDK's default ones are for milliseconds).</summary>
    private static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    };

    private readonly Counter<long> graphQLErrors;

    public ServerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        graphQLErrors = meter.CreateCounter<long>("graphexplorer.graphql.errors", "{error}", "GraphQL errors answered, by extensions.code.");
        StatementDuration = meter.CreateHistogram("graphexplorer.db.statement.duration", "s", "Time of one Cypher statement, by backend and outcome.",
            advice: SecondsBuckets);
        TransactionDuration = meter.CreateHistogram("graphexplorer.db.transaction.duration", "s",
            "Time from the start of an explicit transaction to its commit or rollback, by backend and outcome.", advice: SecondsBuckets);
        Meter = meter;
    }

    public Histogram<double> StatementDuration { get; }

    public Histogram<double> TransactionDuration { get; }

    private Meter Meter { get; }

    /// <summary>Counts the errors of one answer by their code.</summary>
    public void CountErrors(IEnumerable<GraphExplorer.GraphQL.GraphQLError>? errors)
    {
        foreach (var error in errors ?? [])
        {
            graphQLErrors.Add(1, new KeyValuePair<string, object?>("code", error.Code ?? "UNCODED"));
        }
    }

    /// <summary>Reports values read when metrics are collected: the GraphQL document cache's counts and, for the embedded
    /// database, the bytes of its folder.</summary>
    public void Observe(Func<long> cacheHits, Func<long> cacheMisses, string? databaseFolder)
    {
        Meter.CreateObservableCounter("graphexplorer.graphql.document_cache.hits", cacheHits, "{lookup}", "GraphQL documents found parsed and validated in the cache.");
        Meter.CreateObservableCounter("graphexplorer.graphql.document_cache.misses", cacheMisses, "{lookup}", "GraphQL documents parsed and validated anew.");
        if (databaseFolder is not null)
        {
            Meter.CreateObservableGauge("graphexplorer.db.files.size", () => FolderBytes(databaseFolder), "By",
                "Bytes of the embedded database's files (its snapshot and journal) on disk.");
        }
    }

    private static IEnumerable<Measurement<long>> FolderBytes(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [new Measurement<long>(new DirectoryInfo(folder).EnumerateFiles().Sum(file => file.Length))];
    }
}
