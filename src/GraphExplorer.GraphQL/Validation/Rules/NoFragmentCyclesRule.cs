using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles (spec §5.5.2.2). Depth-first search from each fragment, reporting each cycle
/// once (graphql-js algorithm); O(fragments + spreads).
/// </summary>
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => Detect(context, node);

    private void Detect(ValidationContext context, FragmentDefinitionNode fragment)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = ValidationContext.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndex[name] = _path.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _path.Add(spread);
            if (!_pathIndex.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target)
                {
                    Detect(context, target);
                }
            }
            else
            {
                context.Report(GraphQLErrors.FragmentCycle(spreadName, _path.Skip(cycleIndex).ToList()));
            }

            _path.RemoveAt(_path.Count - 1);
        }

        _pathIndex.Remove(name);
    }
}
