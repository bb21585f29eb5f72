namespace GraphExplorer.GraphQL.Language;

/// <summary>Value[Const] (spec §2.9). Numbers keep their source text; coercion happens against a type later.</summary>
public abstract record ValueNode(Location Location) : SyntaxNode(Location);

/// <summary>Variable :: $ Name (spec §2.10).</summary>
public sealed record VariableNode(NameNode Name, Location Location) : ValueNode(Location);

public sealed record IntValueNode(string Value, Location Location) : ValueNode(Location);

public sealed record FloatValueNode(string Value, Location Location) : ValueNode(Location);

/// <summary>A string value; <see cref="Value"/> is the cooked value, <see cref="Block"/> whether it was written as a block string.</summary>
public sealed record StringValueNode(string Value, bool Block, Location Location) : ValueNode(Location);

public sealed record BooleanValueNode(bool Value, Location Location) : ValueNode(Location);

public sealed record NullValueNode(Location Location) : ValueNode(Location);

public sealed record EnumValueNode(string Value, Location Location) : ValueNode(Location);

public sealed record ListValueNode(IReadOnlyList<ValueNode> Values, Location Location) : ValueNode(Location);

public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields, Location Location) : ValueNode(Location);

public sealed record ObjectFieldNode(NameNode Name, ValueNode Value, Location Location) : SyntaxNode(Location);
