using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness (spec §5.2.1.1).</summary>
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null)
        {
            return;
        }

        if (_seen.TryGetValue(node.Name.Value, out var first))
        {
            context.Report(GraphQLErrors.DuplicateOperationName(node.Name.Value, first, node.Name));
        }
        else
        {
            _seen[node.Name.Value] = node.Name;
        }
    }
}
