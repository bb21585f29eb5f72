using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Protective rule (not in the spec): rejects operations whose field nesting, with fragments expanded, is deeper than
/// <see cref="ValidationOptions.MaxDepth"/>. Each fragment's depth is computed once (memoised), so fragments spread
/// many times cost nothing extra: linear in the document. Fragment cycles count as depth 0 (NoFragmentCycles reports them).
/// </summary>
internal sealed class MaxDepthRule(int maxDepth) : ValidationRule
{
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var depth = Depth(context, node.SelectionSet);
        if (depth > maxDepth)
        {
            context.Report(GraphQLErrors.DepthExceeded(node, depth, maxDepth));
        }
    }

    private int Depth(ValidationContext context, SelectionSetNode selectionSet)
    {
        var max = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode { SelectionSet: { } set } => 1 + Depth(context, set),
                FieldNode => 1,
                InlineFragmentNode inline => Depth(context, inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(context, spread.Name.Value),
                _ => 0,
            };
            max = Math.Max(max, depth);
        }

        return max;
    }

    private int FragmentDepth(ValidationContext context, string name)
    {
        if (_fragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }

        if (context.GetFragment(name) is not { } fragment)
        {
            return 0;
        }

        _fragmentDepths[name] = 0; // in progress: a cycle contributes nothing
        var depth = Depth(context, fragment.SelectionSet);
        _fragmentDepths[name] = depth;
        return depth;
    }
}
