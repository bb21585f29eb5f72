using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Code-first definition of an input object type.</summary>
public sealed class InputObjectTypeBuilder
{
    internal string? DescriptionText { get; private set; }

    internal bool IsOneOf { get; private set; }

    internal List<InputValueDefinitionNode> FieldNodes { get; } = [];

    public InputObjectTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the type @oneOf: exactly one field must be given.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        IsOneOf = true;
        return this;
    }

    public InputObjectTypeBuilder Field(string name, string type, string? defaultValue = null, string? description = null)
    {
        FieldNodes.Add(new InputValueDefinitionNode(SchemaBuilder.Describe(description), SchemaBuilder.Name(name), Parser.ParseType(type),
            defaultValue is null ? null : Parser.ParseValue(defaultValue, isConst: true), [], default));
        return this;
    }
}
