using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Leaf Field Selections (spec §5.3.3): leaves have no selection set, composites must have one.</summary>
internal sealed class ScalarLeafsRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.Type is not { } type)
        {
            return;
        }

        var named = type.NamedType;
        if (named is ScalarType or EnumType)
        {
            if (node.SelectionSet is not null)
            {
                context.Report(GraphQLErrors.LeafWithSelection(node.Name.Value, type, node.SelectionSet));
            }
        }
        else if (node.SelectionSet is null)
        {
            context.Report(GraphQLErrors.CompositeWithoutSelection(node.Name.Value, type, node));
        }
    }
}
