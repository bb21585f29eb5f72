namespace GraphExplorer.GraphQL.Language;

/// <summary>OperationType :: query | mutation | subscription (spec §2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>ExecutableDefinition :: OperationDefinition | FragmentDefinition.</summary>
public abstract record ExecutableDefinitionNode(Location Location) : DefinitionNode(Location);

/// <summary>OperationDefinition (spec §2.3); the query shorthand has no name, variables or directives.</summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location Location) : ExecutableDefinitionNode(Location);

/// <summary>FragmentDefinition :: fragment FragmentName TypeCondition Directives? SelectionSet (spec §2.8).</summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location Location) : ExecutableDefinitionNode(Location);

/// <summary>VariableDefinition :: Variable : Type DefaultValue? Directives[Const]? (spec §2.10).</summary>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    Location Location) : SyntaxNode(Location);

/// <summary>SelectionSet :: { Selection+ } (spec §2.4).</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections, Location Location) : SyntaxNode(Location);

/// <summary>Selection :: Field | FragmentSpread | InlineFragment.</summary>
public abstract record SelectionNode(IReadOnlyList<DirectiveNode> Directives, Location Location) : SyntaxNode(Location);

/// <summary>Field :: Alias? Name Arguments? Directives? SelectionSet? (spec §2.5).</summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet,
    Location Location) : SelectionNode(Directives, Location)
{
    /// <summary>The key of this field in the response: its alias, else its name (spec §2.7).</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>FragmentSpread :: ... FragmentName Directives? (spec §2.8).</summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, Location Location)
    : SelectionNode(Directives, Location);

/// <summary>InlineFragment :: ... TypeCondition? Directives? SelectionSet (spec §2.8.2).</summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location Location) : SelectionNode(Directives, Location);
