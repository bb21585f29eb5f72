using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Argument Names (spec §5.4.1): arguments must be defined by the field or directive.</summary>
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        if (context.Argument is not null)
        {
            return;
        }

        var name = node.Name.Value;
        if (context.ArgumentOwner is DirectiveNode)
        {
            // Arguments of unknown directives are not checked: KnownDirectives reports the directive.
            if (context.Directive is { } directive)
            {
                context.Report(GraphQLErrors.UnknownArgument(name, directive.Name, true, Suggestions.List(name, directive.Arguments.Select(a => a.Name)), node));
            }
        }
        else if (context.FieldDefinition is { } field && context.ParentType is { } parent)
        {
            context.Report(GraphQLErrors.UnknownArgument(name, $"{parent.Name}.{field.Name}", false, Suggestions.List(name, field.Arguments.Select(a => a.Name)), node));
        }
    }
}
