using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Target Defined (spec §5.5.2.1).</summary>
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.Report(GraphQLErrors.UnknownFragment(node));
        }
    }
}
