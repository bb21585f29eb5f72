using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphExplorer.Neo4j.Json;

/// <summary>
/// Body of every Query API answer: results, counters and bookmarks on success, <c>errors</c> on failure (possibly after
/// some results), and <c>transaction</c> while an explicit transaction stays open.
/// </summary>
internal sealed record QueryResponse(
    QueryData? Data = null,
    QueryCounters? Counters = null,
    IReadOnlyList<string>? Bookmarks = null,
    IReadOnlyList<QueryError>? Errors = null,
    TransactionInfo? Transaction = null,
    ProfiledQueryPlan? ProfiledQueryPlan = null);

/// <summary>Column names and rows of typed values.</summary>
internal sealed record QueryData(
    IReadOnlyList<string>? Fields,
    [property: JsonConverter(typeof(TypedRowsConverter))] IReadOnlyList<object?[]>? Values);

/// <summary>What the query changed (present when the request asked <c>includeCounters</c>).</summary>
internal sealed record QueryCounters(
    bool ContainsUpdates = false,
    int NodesCreated = 0,
    int NodesDeleted = 0,
    int PropertiesSet = 0,
    int RelationshipsCreated = 0,
    int RelationshipsDeleted = 0,
    int LabelsAdded = 0,
    int LabelsRemoved = 0,
    int IndexesAdded = 0,
    int IndexesRemoved = 0,
    int ConstraintsAdded = 0,
    int ConstraintsRemoved = 0,
    bool ContainsSystemUpdates = false,
    int SystemUpdates = 0);

/// <summary>One error: a status code <c>Neo.{Classification}.{Category}.{Title}</c> and a message for people.</summary>
internal sealed record QueryError(string? Code, string? Message);

/// <summary>The open transaction's id (used in later request paths) and the time it expires if left idle.</summary>
internal sealed record TransactionInfo(string? Id, string? Expires);

/// <summary>
/// A PROFILE statement's measured plan (https://neo4j.com/docs/query-api/current/profile-query/): one operator, its
/// arguments as Neo4j wrote them (plain JSON), and the operators it reads from.
/// </summary>
internal sealed record ProfiledQueryPlan(
    string? OperatorType = null,
    IReadOnlyDictionary<string, JsonElement>? Arguments = null,
    IReadOnlyList<string>? Identifiers = null,
    IReadOnlyList<ProfiledQueryPlan>? Children = null,
    long DbHits = 0,
    long Records = 0,
    bool HasPageCacheStats = false,
    long PageCacheHits = 0,
    long PageCacheMisses = 0,
    long Time = 0);
