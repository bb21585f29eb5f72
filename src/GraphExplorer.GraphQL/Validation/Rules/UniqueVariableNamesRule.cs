using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness (spec §5.8.1).</summary>
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Report(GraphQLErrors.DuplicateVariable(group.Key, group.ToList()));
        }
    }
}
