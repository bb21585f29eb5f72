using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Directives Are Defined and In Valid Locations (spec §5.7.1, §5.7.2).</summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, DirectiveLocation location)
    {
        if (context.Directive is not { } directive)
        {
            context.Report(GraphQLErrors.UnknownDirective(node));
        }
        else if (!directive.Locations.Contains(location))
        {
            context.Report(GraphQLErrors.MisplacedDirective(node, location));
        }
    }
}
