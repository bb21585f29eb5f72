namespace GraphExplorer.GraphQL.Language;

/// <summary>Type :: NamedType | ListType | NonNullType (spec §2.11).</summary>
public abstract record TypeNode(Location Location) : SyntaxNode(Location)
{
    /// <summary>The named type at the core of any list/non-null wrapping.</summary>
    public NamedTypeNode NamedType => this switch
    {
        NamedTypeNode named => named,
        ListTypeNode list => list.Type.NamedType,
        NonNullTypeNode nonNull => nonNull.Type.NamedType,
        _ => throw new InvalidOperationException("Unknown type node."),
    };
}

public sealed record NamedTypeNode(NameNode Name, Location Location) : TypeNode(Location);

public sealed record ListTypeNode(TypeNode Type, Location Location) : TypeNode(Location);

public sealed record NonNullTypeNode(TypeNode Type, Location Location) : TypeNode(Location);
