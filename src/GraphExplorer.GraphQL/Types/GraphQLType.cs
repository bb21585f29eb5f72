namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a list/non-null wrapper (spec §3.4). Types are immutable once their schema is
/// built and safe to share between threads.
/// </summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under any wrappers.</summary>
    public NamedType NamedType => this switch
    {
        NamedType named => named,
        ListType list => list.OfType.NamedType,
        NonNullType nonNull => nonNull.OfType.NamedType,
        _ => throw new InvalidOperationException("Unknown wrapper type."),
    };

    /// <summary>The type without its outer non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsNonNull => this is NonNullType;

    /// <summary>IsInputType (spec §3.4.2): scalars, enums, input objects and wrappers of them.</summary>
    public bool IsInputType => NamedType is ScalarType or EnumType or InputObjectType;

    /// <summary>IsOutputType (spec §3.4.2): everything but input objects.</summary>
    public bool IsOutputType => NamedType is not InputObjectType;

    /// <summary>The SDL type reference, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();

    /// <summary>Structural equality of type references (named types compare by identity).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (ListType la, ListType lb) => AreEqual(la.OfType, lb.OfType),
        (NonNullType na, NonNullType nb) => AreEqual(na.OfType, nb.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };
}
