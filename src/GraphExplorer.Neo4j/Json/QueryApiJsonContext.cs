using System.Text.Json.Serialization;

namespace GraphExplorer.Neo4j.Json;

/// <summary>Source-generated (reflection-free) serialisation of the Query API messages.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(QueryRequest))]
[JsonSerializable(typeof(QueryResponse))]
[JsonSerializable(typeof(DiscoveryResponse))]
internal sealed partial class QueryApiJsonContext : JsonSerializerContext;
