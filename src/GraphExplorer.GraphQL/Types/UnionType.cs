namespace GraphExplorer.GraphQL.Types;

/// <summary>A union type (spec §3.8).</summary>
public sealed class UnionType : NamedType
{
    public UnionType(string name, string? description = null, IReadOnlyList<Language.DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    public TypeResolver? ResolveType { get; internal set; }
}
