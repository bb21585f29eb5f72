using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Resolves one field's value (spec §6.4.2 ResolveFieldValue). May complete synchronously.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveContext context);

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

/// <summary>Per-request state shared by all resolvers of one execution (thread-safe).</summary>
public interface IRequestServices
{
    /// <summary>Gets or creates a per-request object by key (e.g. a data loader).</summary>
    T GetOrAdd<T>(string key, Func<T> create)
        where T : class;
}
