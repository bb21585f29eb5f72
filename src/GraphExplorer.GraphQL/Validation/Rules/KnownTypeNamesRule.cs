using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Type Existence (spec §5.5.1.2) and variable types: named types must exist.</summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    public override void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (context.Schema.GetType(name) is null && !BuiltInScalars.IsSpecifiedName(name))
        {
            context.Report(GraphQLErrors.UnknownType(name, Suggestions.List(name, context.Schema.Types.Select(t => t.Name)), node));
        }
    }
}
