using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// One execution of a parsed (and, by contract, validated) document (spec §6.1 ExecuteRequest inputs).
/// <see cref="Variables"/> holds raw external values (CLR values or <see cref="System.Text.Json.JsonElement"/>s).
/// </summary>
public sealed record ExecutionRequest(DocumentNode Document)
{
    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The root value handed to root field resolvers as their source.</summary>
    public object? RootValue { get; init; }

    /// <summary>The per-request context object resolvers see (e.g. caller identity).</summary>
    public object? RequestContext { get; init; }

    /// <summary>When true, the response's <c>extensions.cost</c> gives the operation's estimated cost and the limit.</summary>
    public bool ReportCost { get; init; }
}
