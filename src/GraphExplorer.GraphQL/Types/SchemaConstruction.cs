using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// Turns a builder's type-system definitions and extensions into linked type objects (graphql-js buildASTSchema /
/// extendSchema), collecting SDL-level errors (duplicates, unknown types, bad extensions, misplaced directives).
/// Single use.
/// </summary>
internal sealed partial class SchemaConstruction(SchemaBuilder builder)
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _order = [];
    private readonly Dictionary<string, TypeDefinitionNode> _typeDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private SchemaDefinitionNode? _schemaDefinition;
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Types that lost members to SDL errors: "must define one or more" would only repeat those errors.</summary>
    public HashSet<string> IncompleteTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Builds only the named types (no root types, no introspection): used for the introspection types themselves.</summary>
    public IReadOnlyList<NamedType> ConstructTypesOnly()
    {
        Collect();
        CreateTypes();
        foreach (var type in _order.ToList())
        {
            FillType(type);
        }

        ApplyBindings();
        return _order;
    }

    public Schema? Construct()
    {
        Collect();
        CreateTypes();
        CheckExtensions();
        foreach (var directive in BuiltInDirectives.All)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        var directiveNodes = builder.Definitions.OfType<DirectiveDefinitionNode>().ToList();
        var seenDirectives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in directiveNodes)
        {
            if (!seenDirectives.Add(node.Name.Value))
            {
                Error($"There can be only one directive named \"@{node.Name.Value}\".", node.Name.Location);
                continue;
            }

            _directives[node.Name.Value] = BuildDirective(node);
        }

        foreach (var type in _order.ToList())
        {
            FillType(type);
        }

        ApplyBindings();
        var (query, mutation, subscription) = ResolveRootTypes();
        if (builder.IncludeIntrospection)
        {
            foreach (var type in IntrospectionTypes.All)
            {
                AddType(type);
            }
        }

        AddType(BuiltInScalars.String);
        AddType(BuiltInScalars.Boolean);
        var directives = OrderDirectives();
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                AddType(argument.Type.NamedType);
            }
        }

        ValidateAppliedDirectives();
        if (query is null)
        {
            return null;
        }

        var schemaDirectives = (_schemaDefinition?.Directives ?? []).Concat(_schemaExtensions.SelectMany(e => e.Directives)).ToList();
        return new Schema(_schemaDefinition?.Description?.Value, query, mutation, subscription, ReferenceOrder(directives), directives, schemaDirectives);
    }

    private List<DirectiveDefinition> OrderDirectives()
    {
        // As graphql-js's buildASTSchema: custom directives in definition order, then the specified ones (in
        // graphql-js order) unless the SDL redefined them.
        var result = _directives.Values.Where(d => !BuiltInDirectives.IsSpecifiedName(d.Name)).ToList();
        foreach (var builtIn in BuiltInDirectives.All)
        {
            result.Add(_directives[builtIn.Name]);
        }

        return result;
    }

    private void Collect()
    {
        foreach (var definition in builder.Definitions)
        {
            switch (definition)
            {
                case ExecutableDefinitionNode executable:
                    Error("Executable definitions (operations and fragments) are not allowed in a schema document.", executable.Location);
                    break;
                case SchemaDefinitionNode schema:
                    if (_schemaDefinition is not null)
                    {
                        Error("Must provide only one schema definition.", schema.Location);
                    }
                    else
                    {
                        _schemaDefinition = schema;
                    }

                    break;
                case SchemaExtensionNode extension:
                    _schemaExtensions.Add(extension);
                    break;
                case TypeDefinitionNode type:
                    if (_typeDefinitions.ContainsKey(type.Name.Value))
                    {
                        Error($"There can be only one type named \"{type.Name.Value}\".", type.Name.Location);
                    }
                    else
                    {
                        _typeDefinitions[type.Name.Value] = type;
                    }

                    break;
                case TypeExtensionNode extension:
                    if (!_typeExtensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        _typeExtensions[extension.Name.Value] = list = [];
                    }

                    list.Add(extension);
                    break;
            }
        }
    }

    private void CreateTypes()
    {
        foreach (var (name, node) in _typeDefinitions)
        {
            if (BuiltInScalars.IsSpecifiedName(name) && node is not ScalarTypeDefinitionNode)
            {
                Error($"Schema must contain uniquely named types but contains multiple types named \"{name}\".", node.Name.Location);
                continue;
            }

            var extensions = _typeExtensions.GetValueOrDefault(name) ?? [];
            var directives = node.Directives.Concat(extensions.SelectMany(e => e.Directives)).ToList();
            NamedType type = node switch
            {
                ScalarTypeDefinitionNode scalar => CreateScalar(scalar, directives),
                ObjectTypeDefinitionNode o => new ObjectType(name, o.Description?.Value, directives) { DefinedAt = node.Name.Location },
                InterfaceTypeDefinitionNode i => new InterfaceType(name, i.Description?.Value, directives) { DefinedAt = node.Name.Location },
                UnionTypeDefinitionNode u => new UnionType(name, u.Description?.Value, directives) { DefinedAt = node.Name.Location },
                EnumTypeDefinitionNode e => new EnumType(name, e.Description?.Value, directives) { DefinedAt = node.Name.Location },
                InputObjectTypeDefinitionNode io => new InputObjectType(name, io.Description?.Value, directives) { DefinedAt = node.Name.Location },
                _ => throw new InvalidOperationException("Unknown type definition."),
            };
            AddType(type);
        }

        foreach (var scalar in builder.Scalars.Values)
        {
            if (!_types.ContainsKey(scalar.Name))
            {
                AddType(scalar);
            }
        }
    }

    private ScalarType CreateScalar(ScalarTypeDefinitionNode node, IReadOnlyList<DirectiveNode> directives)
    {
        var name = node.Name.Value;
        if (BuiltInScalars.IsSpecifiedName(name))
        {
            return BuiltInScalars.Specified.First(s => s.Name == name);
        }

        var specifiedBy = directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value as StringValueNode;
        var implementation = builder.Scalars.GetValueOrDefault(name) ?? BuiltInScalars.Optional.FirstOrDefault(s => s.Name == name);
        if (implementation is not null)
        {
            // The SDL's description and @specifiedBy win over the implementation's own (spec §3.5: the schema describes).
            return node.Description is null && specifiedBy is null
                ? implementation
                : new SdlDescribedScalar(implementation, node.Description?.Value, specifiedBy?.Value) { AppliedDirectives = directives, DefinedAt = node.Name.Location };
        }

        return new CustomScalar(name, node.Description?.Value, specifiedBy?.Value) { AppliedDirectives = directives, DefinedAt = node.Name.Location };
    }

    private void AddType(NamedType type)
    {
        if (_types.TryAdd(type.Name, type))
        {
            _order.Add(type);
        }
    }

    private void CheckExtensions()
    {
        foreach (var (name, extensions) in _typeExtensions)
        {
            _types.TryGetValue(name, out var type);
            foreach (var extension in extensions)
            {
                if (type is null || !_typeDefinitions.ContainsKey(name))
                {
                    Error($"Cannot extend type \"{name}\" because it is not defined.", extension.Name.Location);
                    continue;
                }

                var expected = extension switch
                {
                    ScalarTypeExtensionNode => TypeKind.Scalar,
                    ObjectTypeExtensionNode => TypeKind.Object,
                    InterfaceTypeExtensionNode => TypeKind.Interface,
                    UnionTypeExtensionNode => TypeKind.Union,
                    EnumTypeExtensionNode => TypeKind.Enum,
                    _ => TypeKind.InputObject,
                };
                if (type.Kind != expected)
                {
                    Error($"Cannot extend non-{KindWord(expected)} type \"{name}\".", extension.Name.Location);
                }
            }
        }
    }

    private static string KindWord(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "scalar",
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        _ => "input object",
    };

    private void Error(string message, Location? location) =>
        _errors.Add(new GraphQLError(message, location is { } l && l.Line > 0 ? [l.ToSourceLocation()] : null, null, GraphQLErrors.CodeOnly(ErrorCodes.InvalidSchema)));
}
