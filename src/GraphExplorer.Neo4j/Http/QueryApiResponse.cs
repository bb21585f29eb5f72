using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j.Http;

/// <summary>A successful answer: its body, the cluster affinity it carried and when it was received.</summary>
/// <param name="ServerDate">The response's Date header (server clock), used to measure the transaction's idle window.</param>
internal sealed record QueryApiResponse(QueryResponse Body, string? Affinity, DateTimeOffset ReceivedAt, DateTimeOffset? ServerDate);
