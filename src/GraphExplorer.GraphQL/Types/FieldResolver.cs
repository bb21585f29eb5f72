using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// What a resolver sees (graphql-js's GraphQLResolveInfo plus source and arguments). One instance per field
/// execution; not to be kept after the resolver returns.
/// </summary>
public interface IResolveContext
{
    /// <summary>The parent object's resolved value (the root value for root fields).</summary>
    object? Source { get; }

    /// <summary>Coerced argument values (spec §6.4.1 CoerceArgumentValues); absent arguments are missing.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition FieldDefinition { get; }

    ObjectType ParentType { get; }

    IReadOnlyList<FieldNode> FieldNodes { get; }

    Schema Schema { get; }

    OperationDefinitionNode Operation { get; }

    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The response path of this field: names and list indices.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>The per-request context object supplied by the caller (e.g. caller identity).</summary>
    object? RequestContext { get; }

    /// <summary>Cancelled when the request is cancelled or its execution timeout elapses.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>Per-request services such as data loaders (see Execution.DataLoaderExtensions).</summary>
    IRequestServices Services { get; }
}
