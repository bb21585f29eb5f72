using System.Globalization;
using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The static cost estimate of one operation, computed before execution with the request's variable values (so a
/// <c>limit: $limit</c> costs what the variable asks for, not the schema's default), against
/// <see cref="ExecutionOptions.MaxCost"/>. The formula, after GitHub's node limit and the IBM GraphQL Cost Directive
/// specification:
/// <code>
/// cost(selection set) = Σ cost(field)          fragments add their selections; @skip/@include are not read: both count
/// cost(field)         = weight + size × cost(its selection set)
/// </code>
/// <list type="bullet">
/// <item><c>weight</c> is the field's <see cref="FieldDefinition.Cost"/> (1 unless the schema sets it), plus the
/// <see cref="InputValueDefinition.Cost"/> of every input-object field its arguments use, at any depth and once per use
/// (a filter with three relationship quantifiers weighs three times one); a leaf costs its weight.</item>
/// <item><c>size</c> is 1 for a field that is not a list. For a list it is the largest value of its slicing arguments
/// (<see cref="ListSize.SlicingArguments"/>, by default <c>first</c>, <c>last</c>, <c>limit</c>), else the size its
/// parent gives it (below), else <see cref="ListSize.AssumedSize"/>, else <see cref="ExecutionOptions.DefaultListSize"/>.</item>
/// <item>A field whose <see cref="ListSize.SizedFields"/> are set — and, by default, a Relay connection (an object type
/// named <c>…Connection</c> with <c>edges</c> or <c>nodes</c>) — takes its size from its slicing arguments the same way
/// and gives it to those list fields of the object it returns: a connection's own fields count once, its
/// <c>edges</c>/<c>nodes</c> once per item, so connections inside connections multiply.</item>
/// <item>An argument's value is the literal, else the request's variable (its default when not given), else the
/// argument's default in the schema. Negative sizes count as 0; sums and products saturate instead of overflowing.</item>
/// </list>
/// A fragment is measured once per enclosing size (memoised), so spreading fragments many times stays linear in the
/// document; a fragment cycle (refused by validation anyway) costs nothing. Not thread-safe: one instance per estimate.
/// </summary>
internal sealed class CostAnalysis
{
    private static readonly string[] DefaultSlicingArguments = ["first", "last", "limit"];
    private static readonly string[] ConnectionLists = ["edges", "nodes"];

    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly int _defaultListSize;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, Sizing? Sizing), long> _fragmentCosts = [];

    private CostAnalysis(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables, int defaultListSize)
    {
        _schema = schema;
        _variables = variables;
        _defaultListSize = defaultListSize;
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    /// <summary>Estimates <paramref name="operation"/>'s cost with the coerced <paramref name="variables"/>.</summary>
    public static OperationCost Estimate(Schema schema, DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables, int defaultListSize)
    {
        var analysis = new CostAnalysis(schema, document, variables, defaultListSize);
        var costliest = new Costliest();
        var total = analysis.RootCost(operation.SelectionSet, schema.GetRootType(operation.Operation), costliest, []);
        return new OperationCost(total, costliest.Field, costliest.Cost);
    }

    /// <summary>The root selection set, fragments expanded in place, noting the costliest root field.</summary>
    private long RootCost(SelectionSetNode selectionSet, NamedType? rootType, Costliest costliest, HashSet<string> expanding)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var cost = FieldCost(field, rootType, null);
                    if (costliest.Field is null || cost > costliest.Cost)
                    {
                        (costliest.Field, costliest.Cost) = (field, cost);
                    }

                    total = Add(total, cost);
                    break;
                case InlineFragmentNode inline:
                    total = Add(total, RootCost(inline.SelectionSet, rootType, costliest, expanding));
                    break;
                case FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out var fragment) && expanding.Add(spread.Name.Value):
                    total = Add(total, RootCost(fragment.SelectionSet, rootType, costliest, expanding));
                    expanding.Remove(spread.Name.Value);
                    break;
            }
        }

        return total;
    }

    /// <param name="sizing">The size the field owning this selection set gives to some of its list fields; null elsewhere.</param>
    private long SelectionSetCost(SelectionSetNode selectionSet, NamedType? parentType, Sizing? sizing)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total = Add(total, selection switch
            {
                FieldNode field => FieldCost(field, parentType, sizing),
                InlineFragmentNode inline => SelectionSetCost(inline.SelectionSet,
                    inline.TypeCondition is null ? parentType : _schema.GetType(inline.TypeCondition.Name.Value), sizing),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value, sizing),
                _ => 0,
            });
        }

        return total;
    }

    private long FieldCost(FieldNode field, NamedType? parentType, Sizing? sizing)
    {
        var definition = parentType is ComplexType or UnionType ? IntrospectionTypes.GetField(_schema, parentType, field.Name.Value) : null;
        long weight = Add(definition?.Cost ?? 1, definition is null ? 0 : ArgumentsWeight(field, definition));
        if (field.SelectionSet is null || definition is null)
        {
            return weight;
        }

        var type = definition.Type.NamedType;
        var isList = definition.Type.Nullable is ListType;
        var declared = definition.ListSize;
        if (declared is { SizedFields.Count: > 0 } || (declared is null && !isList && IsConnection(type)))
        {
            var slicing = declared?.SlicingArguments ?? DefaultSlicingArguments;
            var size = ArgumentSize(field, definition, slicing) ?? declared?.AssumedSize ?? _defaultListSize;
            var given = new Sizing(declared?.SizedFields ?? ConnectionLists, size);
            return Add(weight, Multiply(isList ? _defaultListSize : 1, SelectionSetCost(field.SelectionSet, type, given)));
        }

        if (isList)
        {
            var size = ArgumentSize(field, definition, declared?.SlicingArguments ?? DefaultSlicingArguments)
                ?? (sizing is not null && sizing.Fields.Contains(field.Name.Value) ? sizing.Size : (long?)null)
                ?? declared?.AssumedSize
                ?? _defaultListSize;
            return Add(weight, Multiply(size, SelectionSetCost(field.SelectionSet, type, null)));
        }

        return Add(weight, SelectionSetCost(field.SelectionSet, type, null));
    }

    /// <summary>The weights of the input-object fields the arguments use (literals, or the request's variables).</summary>
    private long ArgumentsWeight(FieldNode field, FieldDefinition definition)
    {
        long total = 0;
        foreach (var argument in field.Arguments)
        {
            if (definition.GetArgument(argument.Name.Value) is { } declared)
            {
                total = Add(total, InputWeight(argument.Value, declared.Type, 0));
            }
        }

        return total;
    }

    /// <summary>The weight of one input value of <paramref name="type"/>: a syntax node, or a variable's coerced value.</summary>
    private long InputWeight(object? value, GraphQLType type, int depth)
    {
        // Input values nest as deep as the document does; the parser bounds that, this bounds the walk anyway.
        if (depth > 64)
        {
            return 0;
        }

        if (value is VariableNode variable)
        {
            value = _variables.GetValueOrDefault(variable.Name.Value);
        }

        var named = type.NamedType;
        var list = type.Nullable is ListType list1 ? list1.OfType : null;
        switch (value)
        {
            case ListValueNode items when list is not null:
                return items.Values.Aggregate(0L, (sum, item) => Add(sum, InputWeight(item, list, depth + 1)));
            case ObjectValueNode obj when named is InputObjectType input:
                return obj.Fields.Aggregate(0L, (sum, f) => input.GetField(f.Name.Value) is { } d
                    ? Add(sum, Add(d.Cost, InputWeight(f.Value, d.Type, depth + 1)))
                    : sum);
            case IReadOnlyDictionary<string, object?> map when named is InputObjectType input:
                return map.Aggregate(0L, (sum, f) => input.GetField(f.Key) is { } d
                    ? Add(sum, Add(d.Cost, InputWeight(f.Value, d.Type, depth + 1)))
                    : sum);
            case System.Collections.IEnumerable items when value is not string && list is not null:
                return items.Cast<object?>().Aggregate(0L, (sum, item) => Add(sum, InputWeight(item, list, depth + 1)));
            default:
                return 0;
        }
    }

    /// <summary>A Relay connection (GraphQL Cursor Connections): its list fields page the nodes.</summary>
    private static bool IsConnection(NamedType type) =>
        type is ComplexType complex && complex.Name.EndsWith("Connection", StringComparison.Ordinal)
        && (complex.GetField("edges") is not null || complex.GetField("nodes") is not null);

    private long FragmentCost(string name, Sizing? sizing)
    {
        if (_fragmentCosts.TryGetValue((name, sizing), out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var fragment))
        {
            return 0;
        }

        _fragmentCosts[(name, sizing)] = 0; // in progress: a cycle contributes nothing
        var cost = SelectionSetCost(fragment.SelectionSet, _schema.GetType(fragment.TypeCondition.Name.Value), sizing);
        _fragmentCosts[(name, sizing)] = cost;
        return cost;
    }

    /// <summary>The largest size the slicing arguments ask for (literal, variable or schema default); null when none gives an integer.</summary>
    private long? ArgumentSize(FieldNode field, FieldDefinition definition, IReadOnlyList<string> slicingArguments)
    {
        long? size = null;
        foreach (var name in slicingArguments)
        {
            var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == name);
            var asked = argument?.Value switch
            {
                VariableNode variable when _variables.TryGetValue(variable.Name.Value, out var value) && value is not null => AsLong(value),
                VariableNode or NullValueNode or null => AsLong(definition.GetArgument(name)?.DefaultValue),
                var literal => AsLong(literal),
            };
            if (asked is { } value2)
            {
                size = Math.Max(size ?? 0, Math.Max(0, value2));
            }
        }

        return size;
    }

    private static long? AsLong(object? value) => value switch
    {
        int i => i,
        long l => l,
        IntValueNode literal when long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    /// <summary>The size a field gives to the named list fields of the object it returns. The list is the schema's own
    /// (from a <see cref="ListSize"/> or the connection default), so reference equality keys the fragment memo.</summary>
    private sealed record Sizing(IReadOnlyList<string> Fields, long Size);

    private sealed class Costliest
    {
        public FieldNode? Field;
        public long Cost;
    }
}

/// <summary>An operation's estimated cost and its costliest root field (null when it selects none).</summary>
public sealed record OperationCost(long Total, FieldNode? CostliestField, long CostliestFieldCost);
