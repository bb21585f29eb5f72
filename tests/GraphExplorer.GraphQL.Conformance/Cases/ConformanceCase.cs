using System.Text.Json.Nodes;

namespace GraphExplorer.GraphQL.Conformance.Cases;

/// <summary>
/// One conformance case: a document run against a named corpus schema, with optional variables, root value and
/// operation name. <see cref="Id"/> is stable (file path and case name, or generator seed and index) and is the key
/// of known-differences.txt.
/// </summary>
internal sealed record ConformanceCase(string Id, string Schema, string Document)
{
    public JsonObject? Variables { get; init; }

    /// <summary>The root value; null for the schema's default root value (schemas/&lt;name&gt;.json, else {}).</summary>
    public JsonObject? Root { get; init; }

    public string? OperationName { get; init; }
}
