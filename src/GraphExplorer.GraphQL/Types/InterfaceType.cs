namespace GraphExplorer.GraphQL.Types;

/// <summary>An interface type (spec §3.7), which may implement other interfaces.</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, string? description = null, IReadOnlyList<Language.DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Resolves the concrete object type name of a value; null when not bound.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
