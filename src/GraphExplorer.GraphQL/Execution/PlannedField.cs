using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// One entry of a grouped field set (spec §6.3.2) in an <see cref="OperationPlan"/>: the response key, the field
/// definition and field nodes, and what execution would otherwise redo per object: the coerced argument values when
/// they contain no variables, the sub-plan per runtime object type (spec §6.4.3 CollectSubfields), the object types
/// already resolved from an abstract type's names, and the default resolver's accessor for the last CLR type seen.
/// Thread-safe: every cache is an immutable value published with one reference write; racing writers store equivalent
/// values.
/// </summary>
internal sealed class PlannedField
{
    private readonly OperationPlan _plan;
    private readonly SelectionSetNode[] _selectionSets;
    private IReadOnlyDictionary<string, object?>? _constantArguments;
    private SubPlan[] _subPlans = [];
    private AccessorCacheEntry? _accessor;

    public PlannedField(OperationPlan plan, string responseKey, FieldDefinition definition, List<FieldNode> nodes)
    {
        _plan = plan;
        ResponseKey = responseKey;
        Definition = definition;
        Nodes = nodes;
        _selectionSets = [.. nodes.Where(n => n.SelectionSet is not null).Select(n => n.SelectionSet!)];
        IsLeaf = IsLeafType(definition.Type);
        ArgumentsUseVariables = definition.Arguments.Count > 0 && nodes[0].Arguments.Any(a => ContainsVariable(a.Value));
        if (definition.Arguments.Count == 0)
        {
            _constantArguments = Executor.NoArguments;
        }
    }

    public string ResponseKey { get; }

    public FieldDefinition Definition { get; }

    public List<FieldNode> Nodes { get; }

    /// <summary>True for a scalar or enum (possibly non-null) field: its completion needs no response path unless it fails.</summary>
    public bool IsLeaf { get; }

    /// <summary>True when an argument value reads a variable: arguments are then coerced per request.</summary>
    public bool ArgumentsUseVariables { get; }

    /// <summary>
    /// CoerceArgumentValues (spec §6.4.1) for this field: coerced once when no variable is involved (a coercion error is
    /// not kept: it is raised again, as a field error, by every execution), else once per request.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ArgumentValues(ExecutionContext context)
    {
        if (_constantArguments is { } constant)
        {
            return constant;
        }

        if (ArgumentsUseVariables)
        {
            return context.ArgumentValues(this);
        }

        var coerced = Executor.CoerceArgumentValues(Definition, Nodes[0].Arguments, Executor.NoArguments);
        Volatile.Write(ref _constantArguments, coerced);
        return coerced;
    }

    /// <summary>CollectSubfields (spec §6.4.3) of this field's nodes for <paramref name="objectType"/>, built once per type.</summary>
    public SelectionSetPlan SubfieldsFor(ObjectType objectType)
    {
        foreach (var entry in Volatile.Read(ref _subPlans))
        {
            if (ReferenceEquals(entry.Type, objectType))
            {
                return entry.Plan;
            }
        }

        var plan = _plan.CollectFields(objectType, _selectionSets);
        Publish(ref _subPlans, new SubPlan(objectType.Name, objectType, plan));
        return plan;
    }

    /// <summary>An object type already resolved from <paramref name="typeName"/> for this abstract-typed field, or null.</summary>
    public ObjectType? KnownRuntimeType(string typeName)
    {
        foreach (var entry in Volatile.Read(ref _subPlans))
        {
            if (ReferenceEquals(entry.Name, typeName) || string.Equals(entry.Name, typeName, StringComparison.Ordinal))
            {
                return entry.Type;
            }
        }

        return null;
    }

    /// <summary>The default resolver (graphql-js defaultFieldResolver) with the accessor of the last source type kept.</summary>
    public object? ResolveDefault(object? source)
    {
        if (source is null)
        {
            return null;
        }

        var type = source.GetType();
        var entry = Volatile.Read(ref _accessor);
        if (entry is null || entry.Type != type)
        {
            entry = new AccessorCacheEntry(type, DefaultFieldResolver.AccessorFor(type, Definition.Name));
            Volatile.Write(ref _accessor, entry);
        }

        return entry.Accessor?.Invoke(source);
    }

    private static void Publish(ref SubPlan[] entries, SubPlan added)
    {
        while (true)
        {
            var current = Volatile.Read(ref entries);
            if (current.Any(e => ReferenceEquals(e.Type, added.Type)))
            {
                return;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref entries, [.. current, added], current), current))
            {
                return;
            }
        }
    }

    /// <summary>A scalar or enum type, possibly non-null (not a list): completing it builds no nested result.</summary>
    internal static bool IsLeafType(GraphQLType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ScalarType or EnumType;

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode map => map.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private sealed record SubPlan(string Name, ObjectType Type, SelectionSetPlan Plan);

    private sealed record AccessorCacheEntry(Type Type, Func<object, object?>? Accessor);
}
