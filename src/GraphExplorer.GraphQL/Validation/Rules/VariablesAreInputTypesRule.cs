using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Variables Are Input Types (spec §5.8.2).</summary>
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        if (context.Schema.TypeFromAst(node.Type) is { IsInputType: false })
        {
            context.Report(GraphQLErrors.NonInputVariable(node.Variable.Name.Value, node.Type, node));
        }
    }
}
