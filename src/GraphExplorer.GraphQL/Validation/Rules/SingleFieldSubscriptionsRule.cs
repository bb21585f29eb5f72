using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field (spec §5.2.3.1): a subscription selects exactly one root field and not an introspection field;
/// its root selection set (through fragments) must not use @skip or @include, so the field is known statically.
/// </summary>
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } root)
        {
            return;
        }

        var fields = new List<(string Key, FieldNode Node)>();
        var skipOrInclude = new List<DirectiveNode>();
        Collect(context, root, node.SelectionSet, fields, skipOrInclude, new HashSet<string>(StringComparer.Ordinal));
        if (skipOrInclude.Count > 0)
        {
            context.Report(GraphQLErrors.SubscriptionSkipOrInclude(node.Name?.Value, skipOrInclude));
            return;
        }

        var keys = fields.Select(f => f.Key).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > 1)
        {
            context.Report(GraphQLErrors.SubscriptionNotSingleField(node.Name?.Value, fields.Where(f => f.Key != keys[0]).Select(f => f.Node).ToList()));
        }

        foreach (var (_, field) in fields)
        {
            if (field.Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.Report(GraphQLErrors.SubscriptionIntrospectionField(node.Name?.Value, field));
            }
        }
    }

    private static void Collect(ValidationContext context, ObjectType root, SelectionSetNode selectionSet, List<(string, FieldNode)> fields,
        List<DirectiveNode> skipOrInclude, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            skipOrInclude.AddRange(selection.Directives.Where(d => d.Name.Value is "skip" or "include"));
            switch (selection)
            {
                case FieldNode field:
                    fields.Add((field.ResponseKey, field));
                    break;
                case InlineFragmentNode inline:
                    Collect(context, root, inline.SelectionSet, fields, skipOrInclude, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && context.GetFragment(spread.Name.Value) is { } fragment:
                    Collect(context, root, fragment.SelectionSet, fields, skipOrInclude, visited);
                    break;
            }
        }
    }
}
