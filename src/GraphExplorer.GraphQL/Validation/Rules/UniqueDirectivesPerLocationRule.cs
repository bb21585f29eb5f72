using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Directives Are Unique Per Location (spec §5.7.3), except repeatable ones.</summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.Report(GraphQLErrors.DuplicateDirective(name, first, directive));
            }
            else
            {
                seen[name] = directive;
            }
        }
    }
}
