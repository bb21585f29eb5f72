using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>A named type of the schema (spec §3.4). Name, description and applied directives are fixed at build time.</summary>
public abstract class NamedType : GraphQLType
{
    protected NamedType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
    {
        Name = name;
        Description = description;
        AppliedDirectives = directives ?? [];
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>Directives applied to the type's definition and extensions in the SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; internal set; }

    /// <summary>Where the type was defined, when it came from SDL (used in schema error messages).</summary>
    public Location? DefinedAt { get; internal init; }

    public override string ToString() => Name;
}
