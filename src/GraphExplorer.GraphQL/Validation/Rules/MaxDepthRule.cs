using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Protective rule (not in the spec): rejects operations whose field nesting, with fragments expanded, is deeper than
/// <see cref="ValidationOptions.MaxDepth"/>. Linear in the expanded selection size; fragment cycles are cut (they are
/// reported by NoFragmentCycles).
/// </summary>
internal sealed class MaxDepthRule(int maxDepth) : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var depth = Depth(context, node.SelectionSet, new HashSet<string>(StringComparer.Ordinal));
        if (depth > maxDepth)
        {
            context.Report(GraphQLErrors.DepthExceeded(node, depth, maxDepth));
        }
    }

    private int Depth(ValidationContext context, SelectionSetNode selectionSet, HashSet<string> path)
    {
        var max = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode { SelectionSet: { } set } => 1 + Depth(context, set, path),
                FieldNode => 1,
                InlineFragmentNode inline => Depth(context, inline.SelectionSet, path),
                FragmentSpreadNode spread when context.GetFragment(spread.Name.Value) is { } fragment && path.Add(spread.Name.Value) =>
                    DepthAndPop(context, fragment, path),
                _ => 0,
            };
            max = Math.Max(max, depth);
            if (max > maxDepth)
            {
                // Deep enough to reject: stop exploring.
                return max;
            }
        }

        return max;
    }

    private int DepthAndPop(ValidationContext context, FragmentDefinitionNode fragment, HashSet<string> path)
    {
        var depth = Depth(context, fragment.SelectionSet, path);
        path.Remove(fragment.Name.Value);
        return depth;
    }
}
