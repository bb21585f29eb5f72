namespace GraphExplorer.GraphQL.Types;

/// <summary>An object type (spec §3.6). <see cref="IsTypeOf"/> optionally recognises its values for abstract type resolution.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null, IReadOnlyList<Language.DirectiveNode>? directives = null)
        : base(name, description, directives)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Returns whether a resolved value belongs to this type; null when not bound.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}
