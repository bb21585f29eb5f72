using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Executable Definitions (spec §5.1.1): only operations and fragments may appear.</summary>
internal sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override void EnterDefinition(ValidationContext context, DefinitionNode node)
    {
        if (node is not ExecutableDefinitionNode)
        {
            context.Report(GraphQLErrors.NonExecutableDefinition(node));
        }
    }
}
