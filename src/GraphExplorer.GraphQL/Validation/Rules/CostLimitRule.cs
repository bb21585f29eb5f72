using System.Globalization;
using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Protective rule (not in the spec): estimates an operation's cost before execution and rejects it above
/// <see cref="ValidationOptions.MaxCost"/>. Each field costs its weight (default 1). A field returning a list costs
/// its sub-selection once per expected item; a field returning a Relay connection (an object type named
/// <c>…Connection</c> with <c>edges</c> or <c>nodes</c>) costs its own sub-selection once, but the lists inside it
/// (<c>edges</c>, <c>nodes</c>) count once per node it pages. As GitHub's GraphQL API computes its node limit, the
/// expected size is the field's <c>first</c> or <c>last</c> (or <c>limit</c>) argument, so nested connections
/// multiply: a literal, else the variable's default in the operation, else the argument's default in the schema,
/// else — for a list inside a connection — the connection's size, else <see cref="ValidationOptions.DefaultListSize"/>.
/// (Runtime variable values are not seen: validation results are cached per document text.) Saturates instead of
/// overflowing. A fragment's cost is computed once per operation and enclosing connection size (memoised), so
/// spreading fragments many times stays linear; cycles cost nothing.
/// </summary>
internal sealed class CostLimitRule(int maxCost, int defaultListSize) : ValidationRule
{
    private static readonly string[] SizeArguments = ["first", "last", "limit"];

    private OperationDefinitionNode? _operation;
    private readonly Dictionary<(string Fragment, long? ConnectionSize), long> _fragmentCosts = [];

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        _operation = node;
        _fragmentCosts.Clear(); // list sizes may come from this operation's variable defaults
        var cost = Cost(context, node.SelectionSet, context.Schema.GetRootType(node.Operation), null);
        if (cost > maxCost)
        {
            context.Report(GraphQLErrors.CostExceeded(node, cost, maxCost));
        }
    }

    /// <param name="connectionSize">The page size of the connection whose selection set this is; null elsewhere.</param>
    private long Cost(ValidationContext context, SelectionSetNode selectionSet, NamedType? parentType, long? connectionSize)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    total = Add(total, FieldCost(context, field, parentType, connectionSize));
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parentType : context.Schema.GetType(inline.TypeCondition.Name.Value);
                    total = Add(total, Cost(context, inline.SelectionSet, type, connectionSize));
                    break;
                case FragmentSpreadNode spread:
                    total = Add(total, FragmentCost(context, spread.Name.Value, connectionSize));
                    break;
            }

            if (total > maxCost)
            {
                return total;
            }
        }

        return total;
    }

    private long FieldCost(ValidationContext context, FieldNode field, NamedType? parentType, long? connectionSize)
    {
        var definition = parentType is ComplexType or UnionType ? IntrospectionTypes.GetField(context.Schema, parentType, field.Name.Value) : null;
        long cost = definition?.Cost ?? 1;
        if (field.SelectionSet is null)
        {
            return cost;
        }

        var type = definition?.Type.NamedType;
        if (definition?.Type.Nullable is ListType)
        {
            var size = ListSize(field, definition) ?? connectionSize ?? defaultListSize;
            return Add(cost, Multiply(size, Cost(context, field.SelectionSet, type, null)));
        }

        if (type is ObjectType or InterfaceType && IsConnection((ComplexType)type))
        {
            var pageSize = ListSize(field, definition!) ?? defaultListSize;
            return Add(cost, Cost(context, field.SelectionSet, type, pageSize));
        }

        return Add(cost, Cost(context, field.SelectionSet, type, null));
    }

    /// <summary>A Relay connection (GraphQL Cursor Connections): its list fields page the nodes.</summary>
    private static bool IsConnection(ComplexType type) =>
        type.Name.EndsWith("Connection", StringComparison.Ordinal) && (type.GetField("edges") is not null || type.GetField("nodes") is not null);

    private long FragmentCost(ValidationContext context, string name, long? connectionSize)
    {
        if (_fragmentCosts.TryGetValue((name, connectionSize), out var known))
        {
            return known;
        }

        if (context.GetFragment(name) is not { } fragment)
        {
            return 0;
        }

        _fragmentCosts[(name, connectionSize)] = 0; // in progress: a cycle contributes nothing
        var cost = Cost(context, fragment.SelectionSet, context.Schema.GetType(fragment.TypeCondition.Name.Value), connectionSize);
        _fragmentCosts[(name, connectionSize)] = cost;
        return cost;
    }

    /// <summary>The size a <c>first</c>/<c>last</c>/<c>limit</c> argument asks for (the largest if several), from the
    /// literal, the variable's default or the argument's schema default; null when none gives an integer.</summary>
    private long? ListSize(FieldNode field, FieldDefinition definition)
    {
        long? size = null;
        foreach (var name in SizeArguments)
        {
            var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == name);
            var value = argument?.Value is VariableNode variable
                ? _operation?.VariableDefinitions.FirstOrDefault(v => v.Variable.Name.Value == variable.Name.Value)?.DefaultValue
                    ?? definition.GetArgument(name)?.DefaultValue
                : argument?.Value ?? definition.GetArgument(name)?.DefaultValue;
            if (value is IntValueNode literal && long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var asked))
            {
                size = Math.Max(size ?? 0, Math.Max(0, asked));
            }
        }

        return size;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
