using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>The schema must have a root type for the operation's type (spec §5.2, graphql-js KnownOperationTypes).</summary>
internal sealed class KnownOperationTypesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            context.Report(GraphQLErrors.UnsupportedOperation(node));
        }
    }
}
