using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// State of one execution: the operation's plan, coerced variables, the collected errors and the argument values that
/// depend on variables. Thread-safe (errors and arguments are recorded under locks).
/// </summary>
internal sealed class ExecutionContext
{
    private readonly Lock _errorsGate = new();
    private readonly List<GraphQLError> _errors = [];

    private readonly Lock _argumentsGate = new();
    private Dictionary<PlannedField, IReadOnlyDictionary<string, object?>>? _arguments;
    private RequestServices? _services;

    public ExecutionContext(OperationPlan plan, IReadOnlyDictionary<string, object?> variables, object? requestContext, ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Plan = plan;
        Variables = variables;
        RequestContext = requestContext;
        Options = options;
        CancellationToken = cancellationToken;
    }

    public OperationPlan Plan { get; }

    public Schema Schema => Plan.Schema;

    public OperationDefinitionNode Operation => Plan.Operation;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RequestContext { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Per-request services (data loaders), created on first use: most requests need none.</summary>
    public RequestServices Services
    {
        get
        {
            var services = Volatile.Read(ref _services);
            if (services is null)
            {
                Interlocked.CompareExchange(ref _services, new RequestServices(), null);
                services = _services!;
            }

            return services;
        }
    }

    /// <summary>True once a resolver asked for <see cref="Services"/>.</summary>
    public bool HasServices => Volatile.Read(ref _services) is not null;

    /// <summary>
    /// Coerced arguments of a field whose arguments read variables (spec §6.4.1): variables are fixed for the request,
    /// so a field inside a list is coerced once, not once per item. Values are shared read-only between resolvers.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ArgumentValues(PlannedField field)
    {
        lock (_argumentsGate)
        {
            if (_arguments?.TryGetValue(field, out var cached) == true)
            {
                return cached;
            }
        }

        var coerced = Executor.CoerceArgumentValues(field.Definition, field.Nodes[0].Arguments, Variables);
        lock (_argumentsGate)
        {
            (_arguments ??= [])[field] = coerced;
        }

        return coerced;
    }

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
                return _errors.Count == 0 ? [] : _errors.ToList();
            }
        }
    }
}
