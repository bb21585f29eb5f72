namespace GraphExplorer.GraphQL.Language;

/// <summary>TypeSystemDefinition or TypeSystemExtension (spec §3).</summary>
public abstract record TypeSystemNode(Location Location) : DefinitionNode(Location);

/// <summary>A named type definition or extension (scalar, type, interface, union, enum, input).</summary>
public abstract record TypeDefinitionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, Location Location) : TypeSystemNode(Location);

/// <summary>SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec §3.3).</summary>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes,
    Location Location) : TypeSystemNode(Location);

/// <summary>SchemaExtension (spec §3.3.2).</summary>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes,
    Location Location) : TypeSystemNode(Location);

/// <summary>RootOperationTypeDefinition :: OperationType : NamedType.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type, Location Location) : SyntaxNode(Location);

/// <summary>ScalarTypeDefinition (spec §3.5).</summary>
public sealed record ScalarTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, Location Location)
    : TypeDefinitionNode(Name, Directives, Location);

/// <summary>ObjectTypeDefinition (spec §3.6).</summary>
public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location Location) : TypeDefinitionNode(Name, Directives, Location);

/// <summary>FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec §3.6).</summary>
public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives,
    Location Location) : SyntaxNode(Location);

/// <summary>InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]? (spec §3.6.1).</summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    Location Location) : SyntaxNode(Location);

/// <summary>InterfaceTypeDefinition (spec §3.7), which may itself implement interfaces.</summary>
public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location Location) : TypeDefinitionNode(Name, Directives, Location);

/// <summary>UnionTypeDefinition (spec §3.8).</summary>
public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types,
    Location Location) : TypeDefinitionNode(Name, Directives, Location);

/// <summary>EnumTypeDefinition (spec §3.9).</summary>
public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values,
    Location Location) : TypeDefinitionNode(Name, Directives, Location);

public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, Location Location)
    : SyntaxNode(Location);

/// <summary>InputObjectTypeDefinition (spec §3.10).</summary>
public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields,
    Location Location) : TypeDefinitionNode(Name, Directives, Location);

/// <summary>DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations (spec §3.13).</summary>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations,
    Location Location) : TypeSystemNode(Location)
{
    /// <summary>Directives applied to the definition (the working draft allows <c>@deprecated</c> here).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

// ---- Type extensions (spec §3.4.3 and per kind) ----

/// <summary>Any <c>extend scalar|type|interface|union|enum|input</c>.</summary>
public abstract record TypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, Location Location) : TypeSystemNode(Location);

public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, Location Location)
    : TypeExtensionNode(Name, Directives, Location);

public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location Location) : TypeExtensionNode(Name, Directives, Location);

public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location Location) : TypeExtensionNode(Name, Directives, Location);

public sealed record UnionTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types, Location Location)
    : TypeExtensionNode(Name, Directives, Location);

public sealed record EnumTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values, Location Location)
    : TypeExtensionNode(Name, Directives, Location);

public sealed record InputObjectTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields, Location Location)
    : TypeExtensionNode(Name, Directives, Location);
