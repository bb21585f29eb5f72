using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Required Arguments (spec §5.4.2.1): non-null arguments without default must be given.</summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && node.Arguments.All(a => a.Name.Value != argument.Name))
            {
                context.Report(GraphQLErrors.MissingFieldArgument(IsMetaField(field.Name) ? null : context.ParentType?.Name, field.Name, argument.Name, argument.Type, node));
            }
        }
    }

    private static bool IsMetaField(string name) => name is "__type" or "__schema";

    public override void EnterDirective(ValidationContext context, DirectiveNode node, Types.DirectiveLocation location)
    {
        if (context.Directive is not { } directive)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (argument.IsRequired && node.Arguments.All(a => a.Name.Value != argument.Name))
            {
                context.Report(GraphQLErrors.MissingDirectiveArgument(directive.Name, argument.Name, argument.Type, node));
            }
        }
    }
}
