using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Fragments Must Be Used (spec §5.5.1.4): every fragment is reachable from some operation.</summary>
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in node.Definitions.OfType<OperationDefinitionNode>())
        {
            foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name.Value);
            }
        }

        foreach (var fragment in node.Definitions.OfType<FragmentDefinitionNode>())
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.Report(GraphQLErrors.UnusedFragment(fragment));
            }
        }
    }
}
