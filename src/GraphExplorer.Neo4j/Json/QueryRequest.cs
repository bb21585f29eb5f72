using System.Text.Json.Serialization;

namespace GraphExplorer.Neo4j.Json;

/// <summary>
/// Body of <c>POST /db/{db}/query/v2</c> (auto-commit) and of <c>POST /db/{db}/query/v2/tx[/{id}[/commit]]</c>.
/// </summary>
/// <param name="Statement">The Cypher text; null for a transaction begin without a statement.</param>
/// <param name="Parameters">Parameter values, written as typed JSON.</param>
/// <param name="IncludeCounters">Asks for the <c>counters</c> object in the response.</param>
/// <param name="AccessMode">"Read" or "Write"; only for auto-commit queries and transaction begins.</param>
/// <param name="Bookmarks">Bookmarks the server must have caught up with first; only for auto-commit and begin.</param>
internal sealed record QueryRequest(
    string? Statement,
    [property: JsonConverter(typeof(TypedParametersConverter))] IReadOnlyDictionary<string, object?>? Parameters = null,
    bool? IncludeCounters = null,
    string? AccessMode = null,
    IReadOnlyList<string>? Bookmarks = null);
