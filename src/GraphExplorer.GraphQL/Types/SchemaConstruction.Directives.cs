using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

internal sealed partial class SchemaConstruction
{
    /// <summary>
    /// SDL validation of applied directives (graphql-js KnownDirectives, UniqueDirectivesPerLocation,
    /// KnownArgumentNamesOnDirectives, ProvidedRequiredArgumentsOnDirectives for type-system locations).
    /// </summary>
    private void ValidateAppliedDirectives()
    {
        if (_schemaDefinition is not null)
        {
            CheckDirectives(_schemaDefinition.Directives, DirectiveLocation.Schema);
        }

        foreach (var extension in _schemaExtensions)
        {
            CheckDirectives(extension.Directives, DirectiveLocation.Schema);
        }

        foreach (var definition in builder.Definitions)
        {
            switch (definition)
            {
                case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                    CheckDirectives(((TypeSystemNode)definition) is TypeDefinitionNode td ? td.Directives : ((TypeExtensionNode)definition).Directives, DirectiveLocation.Scalar);
                    break;
                case ObjectTypeDefinitionNode o:
                    CheckDirectives(o.Directives, DirectiveLocation.Object);
                    CheckFields(o.Fields);
                    break;
                case ObjectTypeExtensionNode o:
                    CheckDirectives(o.Directives, DirectiveLocation.Object);
                    CheckFields(o.Fields);
                    break;
                case InterfaceTypeDefinitionNode i:
                    CheckDirectives(i.Directives, DirectiveLocation.Interface);
                    CheckFields(i.Fields);
                    break;
                case InterfaceTypeExtensionNode i:
                    CheckDirectives(i.Directives, DirectiveLocation.Interface);
                    CheckFields(i.Fields);
                    break;
                case UnionTypeDefinitionNode or UnionTypeExtensionNode:
                    CheckDirectives(((TypeSystemNode)definition) is TypeDefinitionNode ud ? ud.Directives : ((TypeExtensionNode)definition).Directives, DirectiveLocation.Union);
                    break;
                case EnumTypeDefinitionNode e:
                    CheckDirectives(e.Directives, DirectiveLocation.Enum);
                    CheckEnumValues(e.Values);
                    break;
                case EnumTypeExtensionNode e:
                    CheckDirectives(e.Directives, DirectiveLocation.Enum);
                    CheckEnumValues(e.Values);
                    break;
                case InputObjectTypeDefinitionNode io:
                    CheckDirectives(io.Directives, DirectiveLocation.InputObject);
                    CheckInputValues(io.Fields, DirectiveLocation.InputFieldDefinition);
                    break;
                case InputObjectTypeExtensionNode io:
                    CheckDirectives(io.Directives, DirectiveLocation.InputObject);
                    CheckInputValues(io.Fields, DirectiveLocation.InputFieldDefinition);
                    break;
                case DirectiveDefinitionNode d:
                    CheckDirectives(d.Directives, DirectiveLocation.DirectiveDefinition);
                    CheckInputValues(d.Arguments, DirectiveLocation.ArgumentDefinition);
                    break;
            }
        }
    }

    private void CheckFields(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            CheckDirectives(field.Directives, DirectiveLocation.FieldDefinition);
            CheckInputValues(field.Arguments, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void CheckInputValues(IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            CheckDirectives(value.Directives, location);
        }
    }

    private void CheckEnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            CheckDirectives(value.Directives, DirectiveLocation.EnumValue);
        }
    }

    private void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in directives)
        {
            var name = node.Name.Value;
            if (!_directives.TryGetValue(name, out var definition))
            {
                Error($"Unknown directive \"@{name}\".", node.Location);
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                Error($"Directive \"@{name}\" may not be used on {DirectiveDefinition.LocationName(location)}.", node.Location);
            }

            if (!definition.IsRepeatable && !seen.Add(name))
            {
                Error($"The directive \"@{name}\" can only be used once at this location.", node.Location);
            }

            foreach (var argument in node.Arguments)
            {
                if (definition.GetArgument(argument.Name.Value) is null)
                {
                    Error($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\".", argument.Location);
                }
            }

            foreach (var argument in definition.Arguments.Where(a => a.IsRequired))
            {
                if (node.Arguments.All(a => a.Name.Value != argument.Name))
                {
                    Error($"Argument \"@{name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.", node.Location);
                }
            }
        }
    }
}
