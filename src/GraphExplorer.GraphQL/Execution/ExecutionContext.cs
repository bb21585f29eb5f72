using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// State of one execution: schema, operation, coerced variables, fragments, the collected errors and caches of
/// CollectFields results. Error recording is thread-safe; caches are only touched under their lock.
/// </summary>
internal sealed class ExecutionContext
{
    private readonly Lock _errorsGate = new();
    private readonly List<GraphQLError> _errors = [];

    public ExecutionContext(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, object? requestContext, ExecutionOptions options, CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        RequestContext = requestContext;
        Options = options;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RequestContext { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public RequestServices Services { get; } = new();

    /// <summary>CollectFields results per (selection set(s), object type): a list of 100 objects collects once.</summary>
    public Dictionary<(object Selection, ObjectType Type), CollectedFields> FieldsCache { get; } = [];

    public Lock FieldsCacheGate { get; } = new();

    /// <summary>
    /// Coerced arguments per (field node, field definition): variables are fixed for the request, so a field inside a
    /// list is coerced once, not once per item. Values are shared read-only between resolvers.
    /// </summary>
    public Dictionary<(FieldNode Node, FieldDefinition Field), IReadOnlyDictionary<string, object?>> ArgumentsCache { get; } = [];

    public void AddError(GraphQLError error)
    {
        lock (_errorsGate)
        {
            _errors.Add(error);
        }
    }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errorsGate)
            {
                return _errors.ToList();
            }
        }
    }
}
