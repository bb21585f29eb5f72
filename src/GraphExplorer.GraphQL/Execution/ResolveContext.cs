using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The <see cref="IResolveContext"/> of one field execution. Not thread-safe; lives for one resolver call. The response
/// path is built from the parent's path and the response key only when <see cref="Path"/> is read (most leaf resolvers
/// never read it).
/// </summary>
internal sealed class ResolveContext(
    ExecutionContext execution,
    ObjectType parentType,
    FieldDefinition fieldDefinition,
    IReadOnlyList<FieldNode> fieldNodes,
    object? source,
    IReadOnlyDictionary<string, object?> arguments,
    ResponsePath? parentPath,
    object key) : IResolveContext
{
    private IReadOnlyList<object>? _path;

    /// <summary>A context whose response path is already built (a field with a sub-selection, or a list item).</summary>
    public ResolveContext(ExecutionContext execution, ObjectType parentType, FieldDefinition fieldDefinition, IReadOnlyList<FieldNode> fieldNodes,
        object? source, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
        : this(execution, parentType, fieldDefinition, fieldNodes, source, arguments, path.Parent, path.Key)
    {
    }

    public object? Source => source;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public FieldDefinition FieldDefinition => fieldDefinition;

    public ObjectType ParentType => parentType;

    public IReadOnlyList<FieldNode> FieldNodes => fieldNodes;

    public Schema Schema => execution.Schema;

    public OperationDefinitionNode Operation => execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => execution.Variables;

    public IReadOnlyList<object> Path => _path ??= new ResponsePath(parentPath, key).ToList();

    public object? RequestContext => execution.RequestContext;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public IRequestServices Services => execution.Services;
}
