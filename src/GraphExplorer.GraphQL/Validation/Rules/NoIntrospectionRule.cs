using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Protective rule (not in the spec): when introspection is disabled, rejects <c>__schema</c> and <c>__type</c>.</summary>
internal sealed class NoIntrospectionRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (node.Name.Value is "__schema" or "__type" && ReferenceEquals(context.ParentType, context.Schema.QueryType))
        {
            context.Report(GraphQLErrors.IntrospectionDisabled(node));
        }
    }
}
