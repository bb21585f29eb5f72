namespace GraphExplorer.GraphQL.Language;

/// <summary>
/// Base of the immutable syntax tree (spec §2). Nodes are sealed records; rewrite with <c>with</c>. Lists are
/// read-only and never null (empty when absent); optional single children are null.
/// </summary>
public abstract record SyntaxNode(Location Location);

/// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/ (spec §2.1.9).</summary>
public sealed record NameNode(string Value, Location Location) : SyntaxNode(Location)
{
    public override string ToString() => Value;
}

/// <summary>Document :: Definition+ (spec §2.2).</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions, Location Location) : SyntaxNode(Location)
{
    /// <summary>The source text this document was parsed from, when known (used for error excerpts).</summary>
    public string? Source { get; init; }
}

/// <summary>Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension.</summary>
public abstract record DefinitionNode(Location Location) : SyntaxNode(Location);

/// <summary>Directive :: @ Name Arguments? (spec §2.12).</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments, Location Location) : SyntaxNode(Location);

/// <summary>Argument :: Name : Value (spec §2.6).</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value, Location Location) : SyntaxNode(Location);
