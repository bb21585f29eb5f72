using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>All Variable Uses Defined (spec §5.8.3), following fragments transitively.</summary>
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                if (!defined.Contains(usage.Node.Name.Value))
                {
                    context.Report(GraphQLErrors.UndefinedVariable(usage.Node.Name.Value, operation, usage.Node));
                }
            }
        }
    }
}
