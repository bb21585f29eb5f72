using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Fragment spread is possible (spec §5.5.2.3): the fragment's type and the parent type must overlap.</summary>
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
        if (node.TypeCondition is null || context.ParentType is not { } parent ||
            context.Schema.GetType(node.TypeCondition.Name.Value) is not ({ } fragmentType and (ComplexType or UnionType)))
        {
            return;
        }

        if (!context.Schema.DoTypesOverlap(fragmentType, parent))
        {
            context.Report(GraphQLErrors.ImpossibleSpread(null, parent, fragmentType, node));
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.ParentType is not { } parent || context.GetFragment(node.Name.Value) is not { } fragment ||
            context.Schema.GetType(fragment.TypeCondition.Name.Value) is not ({ } fragmentType and (ComplexType or UnionType)))
        {
            return;
        }

        if (!context.Schema.DoTypesOverlap(fragmentType, parent))
        {
            context.Report(GraphQLErrors.ImpossibleSpread(node.Name.Value, parent, fragmentType, node));
        }
    }
}
