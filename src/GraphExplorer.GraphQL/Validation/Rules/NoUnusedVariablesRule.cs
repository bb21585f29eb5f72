using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>All Variables Used (spec §5.8.4), following fragments transitively.</summary>
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            var used = context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                if (!used.Contains(definition.Variable.Name.Value))
                {
                    context.Report(GraphQLErrors.UnusedVariable(definition.Variable.Name.Value, operation, definition));
                }
            }
        }
    }
}
