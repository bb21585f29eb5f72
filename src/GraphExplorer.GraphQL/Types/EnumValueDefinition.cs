using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>One value of an enum type (spec §3.9): its GraphQL name and the CLR value resolvers see and return.</summary>
public sealed class EnumValueDefinition
{
    internal EnumValueDefinition(string name, string? description, object value, string? deprecationReason, IReadOnlyList<DirectiveNode> directives)
    {
        Name = name;
        Description = description;
        Value = value;
        DeprecationReason = deprecationReason;
        AppliedDirectives = directives;
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The internal value: a C# enum member when bound to one, else the name itself.</summary>
    public object Value { get; internal set; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    public override string ToString() => Name;
}
