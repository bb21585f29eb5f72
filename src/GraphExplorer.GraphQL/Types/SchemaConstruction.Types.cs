using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

internal sealed partial class SchemaConstruction
{
    private void FillType(NamedType type)
    {
        if (!_typeDefinitions.TryGetValue(type.Name, out var node))
        {
            return;
        }

        var extensions = _typeExtensions.GetValueOrDefault(type.Name) ?? [];
        var errorsBefore = _errors.Count;
        FillType(type, node, extensions);
        if (_errors.Count > errorsBefore)
        {
            IncompleteTypes.Add(type.Name);
        }
    }

    private void FillType(NamedType type, TypeDefinitionNode node, List<TypeExtensionNode> extensions)
    {
        switch (type)
        {
            case ObjectType o when node is ObjectTypeDefinitionNode def:
                o.SetFields(BuildFields(def.Fields.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields))));
                o.Interfaces = ResolveInterfaces(def.Interfaces.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Interfaces)));
                break;
            case InterfaceType i when node is InterfaceTypeDefinitionNode def:
                i.SetFields(BuildFields(def.Fields.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Fields))));
                i.Interfaces = ResolveInterfaces(def.Interfaces.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Interfaces)));
                break;
            case UnionType u when node is UnionTypeDefinitionNode def:
                u.Types = ResolveMembers(def.Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)), u);
                break;
            case EnumType e when node is EnumTypeDefinitionNode def:
                e.SetValues(BuildEnumValues(e, def.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(x => x.Values))));
                break;
            case InputObjectType io when node is InputObjectTypeDefinitionNode def:
                io.SetFields(BuildInputValues(def.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(x => x.Fields)), "field", io.Name));
                io.IsOneOf = io.AppliedDirectives.Any(d => d.Name.Value == "oneOf");
                break;
        }
    }

    private List<FieldDefinition> BuildFields(IEnumerable<FieldDefinitionNode> nodes)
    {
        var fields = new List<FieldDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var type = ResolveType(node.Type);
            if (!seen.Add(node.Name.Value))
            {
                Error($"Field \"{node.Name.Value}\" can only be defined once.", node.Name.Location);
                continue;
            }

            if (type is null)
            {
                continue;
            }

            var arguments = BuildInputValues(node.Arguments, "argument", node.Name.Value);
            fields.Add(new FieldDefinition(node.Name.Value, node.Description?.Value, type, arguments, DeprecationReason(node.Directives), node.Directives, node.Name.Location));
        }

        return fields;
    }

    private List<InputValueDefinition> BuildInputValues(IEnumerable<InputValueDefinitionNode> nodes, string what, string owner)
    {
        var values = new List<InputValueDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var type = ResolveType(node.Type);
            if (!seen.Add(node.Name.Value))
            {
                Error(what == "argument"
                    ? $"Argument \"{owner}({node.Name.Value}:)\" can only be defined once."
                    : $"Field \"{owner}.{node.Name.Value}\" can only be defined once.", node.Name.Location);
                continue;
            }

            if (type is null)
            {
                continue;
            }

            values.Add(new InputValueDefinition(node.Name.Value, node.Description?.Value, type, node.DefaultValue,
                DeprecationReason(node.Directives), node.Directives, node.Name.Location));
        }

        return values;
    }

    private List<EnumValueDefinition> BuildEnumValues(EnumType type, IEnumerable<EnumValueDefinitionNode> nodes)
    {
        builder.EnumBindings.TryGetValue(type.Name, out var clrEnum);
        type.ClrType = clrEnum;
        var values = new List<EnumValueDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            var name = node.Name.Value;
            if (!seen.Add(name))
            {
                Error($"Enum value \"{type.Name}.{name}\" can only be defined once.", node.Name.Location);
                continue;
            }

            object value = name;
            if (clrEnum is not null)
            {
                var member = ClrEnumMember(clrEnum, name);
                if (member is null)
                {
                    Error($"Enum value \"{type.Name}.{name}\" has no matching member in C# enum {clrEnum.Name}.", node.Name.Location);
                }
                else
                {
                    value = member;
                }
            }

            values.Add(new EnumValueDefinition(name, node.Description?.Value, value, DeprecationReason(node.Directives), node.Directives));
        }

        return values;
    }

    /// <summary>The C# member for a GraphQL enum value name: exact, case-insensitive, or with underscores removed (FOO_BAR ↔ FooBar).</summary>
    internal static object? ClrEnumMember(Type clrEnum, string name)
    {
        var names = System.Enum.GetNames(clrEnum);
        var match = names.FirstOrDefault(n => n == name)
                    ?? names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
                    ?? names.FirstOrDefault(n => string.Equals(n, name.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        return match is null ? null : System.Enum.Parse(clrEnum, match);
    }

    private List<InterfaceType> ResolveInterfaces(IEnumerable<NamedTypeNode> nodes)
    {
        var result = new List<InterfaceType>();
        foreach (var node in nodes)
        {
            var type = ResolveType(node);
            switch (type)
            {
                case null:
                    break;
                case InterfaceType iface:
                    result.Add(iface);
                    break;
                default:
                    Error($"Type {type} must only implement Interface types, it cannot implement {type}.", node.Location);
                    break;
            }
        }

        return result;
    }

    private List<ObjectType> ResolveMembers(IEnumerable<NamedTypeNode> nodes, UnionType union)
    {
        var result = new List<ObjectType>();
        foreach (var node in nodes)
        {
            switch (ResolveType(node))
            {
                case null:
                    break;
                case ObjectType o:
                    result.Add(o);
                    break;
                case NamedType other:
                    Error($"Union type {union.Name} can only include Object types, it cannot include {other.Name}.", node.Location);
                    break;
            }
        }

        return result;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var arguments = BuildInputValues(node.Arguments, "argument", "@" + node.Name.Value);
        var locations = node.Locations.Select(l => DirectiveDefinition.ParseLocation(l.Value)).ToList();
        return new DirectiveDefinition(node.Name.Value, node.Description?.Value, arguments, locations, node.Repeatable, node.Name.Location,
            DeprecationReason(node.Directives));
    }

    /// <summary>Resolves a type reference; reports and returns null for unknown names.</summary>
    private GraphQLType? ResolveType(TypeNode node)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                var inner = ResolveType(nonNull.Type);
                return inner is null ? null : new NonNullType(inner);
            case ListTypeNode list:
                var item = ResolveType(list.Type);
                return item is null ? null : new ListType(item);
            default:
                var name = ((NamedTypeNode)node).Name.Value;
                if (_types.TryGetValue(name, out var type))
                {
                    return type;
                }

                var builtIn = BuiltInScalars.Specified.FirstOrDefault(s => s.Name == name);
                if (builtIn is not null)
                {
                    AddType(builtIn);
                    return builtIn;
                }

                Error($"Unknown type \"{name}\".", node.Location);
                return null;
        }
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : BuiltInDirectives.DefaultDeprecationReason;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
    {
        var operationTypes = (_schemaDefinition?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
        ObjectType? Root(OperationType operation, string defaultName)
        {
            var explicitNodes = operationTypes.Where(o => o.Operation == operation).ToList();
            if (explicitNodes.Count > 1)
            {
                Error($"Type for {Printer.OperationName(operation)} already defined in the schema. It cannot be redefined.", explicitNodes[1].Location);
            }

            var name = explicitNodes.Count > 0 ? explicitNodes[0].Type.Name.Value : (_schemaDefinition is null ? defaultName : null);
            if (name is null || !_types.TryGetValue(name, out var type))
            {
                if (explicitNodes.Count > 0)
                {
                    Error($"Unknown type \"{name}\".", explicitNodes[0].Type.Location);
                }

                return null;
            }

            if (type is not ObjectType obj)
            {
                var word = operation switch { OperationType.Query => "Query", OperationType.Mutation => "Mutation", _ => "Subscription" };
                Error($"{word} root type must be Object type{(operation == OperationType.Query ? "" : " if provided")}, it cannot be {name}.",
                    explicitNodes.Count > 0 ? explicitNodes[0].Location : type.DefinedAt);
                return null;
            }

            return obj;
        }

        var query = Root(OperationType.Query, "Query");
        var mutation = Root(OperationType.Mutation, "Mutation");
        var subscription = Root(OperationType.Subscription, "Subscription");
        if (query is null && !_errors.Any(e => e.Message.StartsWith("Query root type", StringComparison.Ordinal)))
        {
            Error("Query root type must be provided.", _schemaDefinition?.Location);
        }

        return (query, mutation, subscription);
    }

    private void ApplyBindings()
    {
        foreach (var ((typeName, fieldName), resolver) in builder.Resolvers)
        {
            if (_types.GetValueOrDefault(typeName) is not ObjectType type)
            {
                Error($"Cannot bind resolver {typeName}.{fieldName}: \"{typeName}\" is not an object type of the schema.", null);
                continue;
            }

            var field = type.GetField(fieldName);
            if (field is null)
            {
                Error($"Cannot bind resolver {typeName}.{fieldName}: type \"{typeName}\" has no field \"{fieldName}\".", null);
                continue;
            }

            field.Resolver = resolver;
        }

        foreach (var ((typeName, fieldName), subscribe) in builder.SourceStreams)
        {
            if ((_types.GetValueOrDefault(typeName) as ObjectType)?.GetField(fieldName) is { } field)
            {
                field.SourceStream = subscribe;
            }
            else
            {
                Error($"Cannot bind the source stream of {typeName}.{fieldName}: no such field of an object type.", null);
            }
        }

        foreach (var ((typeName, fieldName), cost) in builder.Costs)
        {
            if ((_types.GetValueOrDefault(typeName) as ComplexType)?.GetField(fieldName) is { } field)
            {
                field.Cost = cost;
            }
            else
            {
                Error($"Cannot set cost of {typeName}.{fieldName}: no such field.", null);
            }
        }

        foreach (var ((typeName, fieldName), cost) in builder.InputFieldCosts)
        {
            if ((_types.GetValueOrDefault(typeName) as InputObjectType)?.GetField(fieldName) is { } field)
            {
                field.Cost = cost;
            }
            else
            {
                Error($"Cannot set cost of input field {typeName}.{fieldName}: no such input field.", null);
            }
        }

        foreach (var ((typeName, fieldName), listSize) in builder.ListSizes)
        {
            if ((_types.GetValueOrDefault(typeName) as ComplexType)?.GetField(fieldName) is { } field)
            {
                field.ListSize = listSize;
            }
            else
            {
                Error($"Cannot set the list size of {typeName}.{fieldName}: no such field.", null);
            }
        }

        foreach (var (typeName, resolver) in builder.TypeResolvers)
        {
            switch (_types.GetValueOrDefault(typeName))
            {
                case InterfaceType i: i.ResolveType = resolver; break;
                case UnionType u: u.ResolveType = resolver; break;
                default: Error($"Cannot bind type resolver: \"{typeName}\" is not an interface or union of the schema.", null); break;
            }
        }

        foreach (var (typeName, isTypeOf) in builder.IsTypeOfs)
        {
            if (_types.GetValueOrDefault(typeName) is ObjectType o)
            {
                o.IsTypeOf = isTypeOf;
            }
            else
            {
                Error($"Cannot bind IsTypeOf: \"{typeName}\" is not an object type of the schema.", null);
            }
        }

        foreach (var typeName in builder.EnumBindings.Keys)
        {
            if (_types.GetValueOrDefault(typeName) is not EnumType)
            {
                Error($"Cannot bind enum: \"{typeName}\" is not an enum type of the schema.", null);
            }
        }
    }
}
