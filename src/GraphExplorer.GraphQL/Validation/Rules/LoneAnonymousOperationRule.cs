using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation (spec §5.2.2.1).</summary>
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    public override void EnterDocument(ValidationContext context, DocumentNode node) =>
        _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.Report(GraphQLErrors.AnonymousOperationNotAlone(node));
        }
    }
}
