using System.Globalization;
using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Protective rule (not in the spec): estimates an operation's cost before execution and rejects it above
/// <see cref="ValidationOptions.MaxCost"/>. Each field costs its weight (default 1); the sub-selection of a list field
/// counts once per expected item, taken from a literal <c>first</c>/<c>limit</c> argument (or that variable's default),
/// else <see cref="ValidationOptions.DefaultListSize"/>. Saturates instead of overflowing. A fragment's cost is
/// computed once per operation (memoised), so spreading fragments many times stays linear; cycles cost nothing.
/// </summary>
internal sealed class CostLimitRule(int maxCost, int defaultListSize) : ValidationRule
{
    private OperationDefinitionNode? _operation;
    private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        _operation = node;
        _fragmentCosts.Clear(); // list sizes may come from this operation's variable defaults
        var cost = Cost(context, node.SelectionSet, context.Schema.GetRootType(node.Operation));
        if (cost > maxCost)
        {
            context.Report(GraphQLErrors.CostExceeded(node, cost, maxCost));
        }
    }

    private long Cost(ValidationContext context, SelectionSetNode selectionSet, NamedType? parentType)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType or UnionType ? IntrospectionTypes.GetField(context.Schema, parentType, field.Name.Value) : null;
                    long fieldCost = definition?.Cost ?? 1;
                    if (field.SelectionSet is not null)
                    {
                        var size = definition?.Type.Nullable is ListType ? ListSize(field) : 1;
                        fieldCost = Add(fieldCost, Multiply(size, Cost(context, field.SelectionSet, definition?.Type.NamedType)));
                    }

                    total = Add(total, fieldCost);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parentType : context.Schema.GetType(inline.TypeCondition.Name.Value);
                    total = Add(total, Cost(context, inline.SelectionSet, type));
                    break;
                case FragmentSpreadNode spread:
                    total = Add(total, FragmentCost(context, spread.Name.Value));
                    break;
            }

            if (total > maxCost)
            {
                return total;
            }
        }

        return total;
    }

    private long FragmentCost(ValidationContext context, string name)
    {
        if (_fragmentCosts.TryGetValue(name, out var known))
        {
            return known;
        }

        if (context.GetFragment(name) is not { } fragment)
        {
            return 0;
        }

        _fragmentCosts[name] = 0; // in progress: a cycle contributes nothing
        var cost = Cost(context, fragment.SelectionSet, context.Schema.GetType(fragment.TypeCondition.Name.Value));
        _fragmentCosts[name] = cost;
        return cost;
    }

    private long ListSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is not ("first" or "limit" or "last"))
            {
                continue;
            }

            var value = argument.Value is VariableNode variable
                ? _operation?.VariableDefinitions.FirstOrDefault(v => v.Variable.Name.Value == variable.Name.Value)?.DefaultValue
                : argument.Value;
            if (value is IntValueNode literal && long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size))
            {
                return Math.Max(0, size);
            }
        }

        return defaultListSize;
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
