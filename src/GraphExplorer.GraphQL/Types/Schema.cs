using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// A built, validated schema (spec §3.3): root operation types, every named type in definition order, and the
/// directives. Immutable and thread-safe; build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed partial class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _interfaceImplementations = [];

    internal Schema(string? description, ObjectType query, ObjectType? mutation, ObjectType? subscription,
        IReadOnlyList<NamedType> types, IReadOnlyList<DirectiveDefinition> directives, IReadOnlyList<DirectiveNode> appliedDirectives)
    {
        Description = description;
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Types = types;
        Directives = directives;
        AppliedDirectives = appliedDirectives;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types;
                    break;
                case InterfaceType iface:
                    _possibleTypes[iface] = types.OfType<ObjectType>().Where(o => Implements(o, iface)).ToList();
                    _interfaceImplementations[iface] = types.OfType<InterfaceType>().Where(i => Implements(i, iface)).ToList();
                    break;
            }
        }
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type: user types in definition order, then built-in scalars and introspection types.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Directives applied to the schema definition/extensions in SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The schema type of a type reference (spec typeFromAST), or null when a named type is unknown.</summary>
    public GraphQLType? TypeFromAst(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => GetType(named.Name.Value),
        _ => null,
    };

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type may have (union members or interface implementations).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        ObjectType o => [o],
        _ => _possibleTypes.GetValueOrDefault(abstractType) ?? [],
    };

    /// <summary>Interfaces that implement <paramref name="iface"/> (interfaces implementing interfaces).</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType iface) =>
        _interfaceImplementations.GetValueOrDefault(iface) ?? [];

    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        GetPossibleTypes(abstractType).Contains(objectType);

    /// <summary>graphql-js isSubType: whether <paramref name="maybeSub"/> is a possible type or implementing interface of the abstract type.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSub) => maybeSub switch
    {
        ObjectType o => IsPossibleType(abstractType, o),
        InterfaceType i when abstractType is InterfaceType ai => GetInterfaceImplementations(ai).Contains(i),
        _ => false,
    };

    /// <summary>IsSubType for type references (spec §3.6.1 IsValidImplementationFieldType): covariant output types.</summary>
    public bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (GraphQLType.AreEqual(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is InterfaceType or UnionType && maybeSubType is NamedType named && IsSubType((NamedType)superType, named);
    }

    /// <summary>Whether two composite types can describe the same object (spec §5.5.2.3 GetPossibleTypes intersection).</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is InterfaceType or UnionType)
        {
            return b is InterfaceType or UnionType
                ? GetPossibleTypes(a).Any(t => IsPossibleType(b, t))
                : b is ObjectType bo && IsPossibleType(a, bo);
        }

        return b is InterfaceType or UnionType && a is ObjectType ao && IsPossibleType(b, ao);
    }

    private static bool Implements(ComplexType type, InterfaceType iface) => type.Interfaces.Contains(iface);
}
