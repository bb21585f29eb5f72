using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Introspection;

/// <summary>Resolvers of the introspection types (spec §4.2): each reads the schema's own type-system objects.</summary>
internal static class IntrospectionResolvers
{
    public static void Bind(SchemaBuilder builder)
    {
        builder
            .BindField("__Schema", "description", c => ((Schema)c.Source!).Description)
            .BindField("__Schema", "types", c => ((Schema)c.Source!).Types)
            .BindField("__Schema", "queryType", c => ((Schema)c.Source!).QueryType)
            .BindField("__Schema", "mutationType", c => ((Schema)c.Source!).MutationType)
            .BindField("__Schema", "subscriptionType", c => ((Schema)c.Source!).SubscriptionType)
            .BindField("__Schema", "directives", c => ((Schema)c.Source!).Directives.Where(d => IncludeDeprecated(c) || !d.IsDeprecated).ToList())
            .BindField("__Type", "kind", c => ((GraphQLType)c.Source!).Kind)
            .BindField("__Type", "name", c => (c.Source as NamedType)?.Name)
            .BindField("__Type", "description", c => (c.Source as NamedType)?.Description)
            .BindField("__Type", "specifiedByURL", c => (c.Source as ScalarType)?.SpecifiedByUrl)
            .BindField("__Type", "fields", c => (c.Source as ComplexType)?.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList())
            .BindField("__Type", "interfaces", c => (c.Source as ComplexType)?.Interfaces)
            .BindField("__Type", "possibleTypes", c => c.Source is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Source) : null)
            .BindField("__Type", "enumValues", c => (c.Source as EnumType)?.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList())
            .BindField("__Type", "inputFields", c => (c.Source as InputObjectType)?.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList())
            .BindField("__Type", "ofType", c => c.Source switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null })
            .BindField("__Type", "isOneOf", c => c.Source is InputObjectType input ? input.IsOneOf : null)
            .BindField("__Field", "name", c => ((FieldDefinition)c.Source!).Name)
            .BindField("__Field", "description", c => ((FieldDefinition)c.Source!).Description)
            .BindField("__Field", "args", c => ((FieldDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList())
            .BindField("__Field", "type", c => ((FieldDefinition)c.Source!).Type)
            .BindField("__Field", "isDeprecated", c => ((FieldDefinition)c.Source!).IsDeprecated)
            .BindField("__Field", "deprecationReason", c => ((FieldDefinition)c.Source!).DeprecationReason)
            .BindField("__InputValue", "name", c => ((InputValueDefinition)c.Source!).Name)
            .BindField("__InputValue", "description", c => ((InputValueDefinition)c.Source!).Description)
            .BindField("__InputValue", "type", c => ((InputValueDefinition)c.Source!).Type)
            .BindField("__InputValue", "defaultValue", c => PrintDefaultValue((InputValueDefinition)c.Source!))
            .BindField("__InputValue", "isDeprecated", c => ((InputValueDefinition)c.Source!).IsDeprecated)
            .BindField("__InputValue", "deprecationReason", c => ((InputValueDefinition)c.Source!).DeprecationReason)
            .BindField("__EnumValue", "name", c => ((EnumValueDefinition)c.Source!).Name)
            .BindField("__EnumValue", "description", c => ((EnumValueDefinition)c.Source!).Description)
            .BindField("__EnumValue", "isDeprecated", c => ((EnumValueDefinition)c.Source!).IsDeprecated)
            .BindField("__EnumValue", "deprecationReason", c => ((EnumValueDefinition)c.Source!).DeprecationReason)
            .BindField("__Directive", "name", c => ((DirectiveDefinition)c.Source!).Name)
            .BindField("__Directive", "description", c => ((DirectiveDefinition)c.Source!).Description)
            .BindField("__Directive", "isRepeatable", c => ((DirectiveDefinition)c.Source!).IsRepeatable)
            .BindField("__Directive", "locations", c => ((DirectiveDefinition)c.Source!).Locations)
            .BindField("__Directive", "args", c => ((DirectiveDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList())
            .BindField("__Directive", "isDeprecated", c => ((DirectiveDefinition)c.Source!).IsDeprecated)
            .BindField("__Directive", "deprecationReason", c => ((DirectiveDefinition)c.Source!).DeprecationReason);
    }

    private static bool IncludeDeprecated(IResolveContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    /// <summary>The default value literal as written, printed (graphql-js 17 keeps default literals as given).</summary>
    internal static string? PrintDefaultValue(InputValueDefinition definition) =>
        definition.DefaultValue is null ? null : Printer.Print(definition.DefaultValue);
}
