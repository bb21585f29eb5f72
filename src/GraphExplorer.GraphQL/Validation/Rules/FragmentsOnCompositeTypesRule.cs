using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Fragments On Composite Types (spec §5.5.1.3).</summary>
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is { } condition && context.Schema.GetType(condition.Name.Value) is { } type && type is not (ComplexType or UnionType))
        {
            context.Report(GraphQLErrors.FragmentOnNonComposite(null, condition.Name.Value, condition));
        }
    }

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (context.Schema.GetType(node.TypeCondition.Name.Value) is { } type && type is not (ComplexType or UnionType))
        {
            context.Report(GraphQLErrors.FragmentOnNonComposite(node.Name.Value, node.TypeCondition.Name.Value, node.TypeCondition));
        }
    }
}
