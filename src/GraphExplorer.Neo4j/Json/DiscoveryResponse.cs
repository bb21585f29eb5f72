using System.Text.Json.Serialization;

namespace GraphExplorer.Neo4j.Json;

/// <summary>The unauthenticated discovery document at the server root (not on Aura).</summary>
internal sealed record DiscoveryResponse(
    [property: JsonPropertyName("neo4j_version")] string? Neo4jVersion = null,
    [property: JsonPropertyName("neo4j_edition")] string? Neo4jEdition = null,
    [property: JsonPropertyName("query")] string? Query = null);
