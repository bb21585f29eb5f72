using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections (spec §5.3.1): a selected field must be defined on the parent type. Suggests possible types
/// that have the field (for abstract parents), else similarly named fields, like graphql-js.
/// </summary>
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.ParentType is not { } parentType || context.FieldDefinition is not null)
        {
            return;
        }

        var name = node.Name.Value;
        var suggestedTypes = SuggestedTypes(context.Schema, parentType, name);
        var suggestions = suggestedTypes.Count > 0
            ? suggestedTypes
            : parentType is ComplexType complex ? Suggestions.List(name, complex.Fields.Select(f => f.Name)) : [];
        var message = suggestedTypes.Count > 0
            ? Suggestions.DidYouMean(suggestedTypes, "to use an inline fragment on")
            : Suggestions.DidYouMean(suggestions);
        context.Report(GraphQLErrors.UnknownField(name, parentType.Name, message, node));
    }

    private static List<string> SuggestedTypes(Schema schema, NamedType type, string fieldName)
    {
        if (type is not (InterfaceType or UnionType))
        {
            return [];
        }

        var usage = new Dictionary<NamedType, int>();
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            usage[possible] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is not null)
                {
                    usage[iface] = usage.GetValueOrDefault(iface) + 1;
                }
            }
        }

        // graphql-js order: more common first, super types before their subtypes, then by name.
        var types = usage.Keys.ToList();
        types.Sort((a, b) =>
        {
            var byUsage = usage[b] - usage[a];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return string.CompareOrdinal(a.Name, b.Name);
        });
        return types.Select(t => t.Name).ToList();
    }
}
