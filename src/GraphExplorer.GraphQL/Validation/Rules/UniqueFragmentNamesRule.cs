using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness (spec §5.5.1.1).</summary>
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (_seen.TryGetValue(node.Name.Value, out var first))
        {
            context.Report(GraphQLErrors.DuplicateFragmentName(node.Name.Value, first, node.Name));
        }
        else
        {
            _seen[node.Name.Value] = node.Name;
        }
    }
}
