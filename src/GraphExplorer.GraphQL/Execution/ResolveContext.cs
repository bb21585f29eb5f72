using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>The <see cref="IResolveContext"/> of one field execution. Not thread-safe; lives for one resolver call.</summary>
internal sealed class ResolveContext(
    ExecutionContext execution,
    ObjectType parentType,
    FieldDefinition fieldDefinition,
    IReadOnlyList<FieldNode> fieldNodes,
    object? source,
    IReadOnlyDictionary<string, object?> arguments,
    ResponsePath path) : IResolveContext
{
    private IReadOnlyList<object>? _path;

    public object? Source => source;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public FieldDefinition FieldDefinition => fieldDefinition;

    public ObjectType ParentType => parentType;

    public IReadOnlyList<FieldNode> FieldNodes => fieldNodes;

    public Schema Schema => execution.Schema;

    public OperationDefinitionNode Operation => execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => execution.Variables;

    public IReadOnlyList<object> Path => _path ??= path.ToList();

    public object? RequestContext => execution.RequestContext;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public IRequestServices Services => execution.Services;
}
