using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Argument Uniqueness (spec §5.4.2).</summary>
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override void EnterArguments(ValidationContext context, SyntaxNode owner, IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Report(GraphQLErrors.DuplicateArgument(group.Key, group.ToList()));
        }
    }
}
