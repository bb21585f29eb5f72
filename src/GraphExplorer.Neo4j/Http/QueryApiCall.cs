using GraphExplorer.Neo4j.Errors;
using GraphExplorer.Neo4j.Json;

namespace GraphExplorer.Neo4j.Http;

/// <summary>One request to the Query API, described before it is sent (and possibly sent again).</summary>
/// <param name="Method">POST, or DELETE for a rollback.</param>
/// <param name="Path">Path below the server URI, already escaped, e.g. <c>/db/neo4j/query/v2/tx/lyU</c>.</param>
/// <param name="Body">The request body; null sends none.</param>
/// <param name="Operation">What the request does, for errors and logs.</param>
/// <param name="Retryable">Whether a transient failure may be retried at all (auto-commit queries and begins only).</param>
/// <param name="Idempotent">Whether running the request twice is harmless (reads, begins), which also allows a retry
/// after a failure that may have happened after the server received the request.</param>
/// <param name="Affinity">The <c>neo4j-cluster-affinity</c> value to echo, inside a transaction.</param>
/// <param name="TransactionId">The explicit transaction the request belongs to, if any.</param>
/// <param name="QueryTimeout">The session's query time limit, on top of the per-request timeout.</param>
internal sealed record QueryApiCall(
    HttpMethod Method,
    string Path,
    QueryRequest? Body,
    Neo4jErrors.Operation Operation,
    bool Retryable = false,
    bool Idempotent = false,
    string? Affinity = null,
    string? TransactionId = null,
    TimeSpan? QueryTimeout = null);
