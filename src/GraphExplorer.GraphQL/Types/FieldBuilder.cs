using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Code-first details of one field: description, arguments, deprecation.</summary>
public sealed class FieldBuilder
{
    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<InputValueDefinitionNode> ArgumentNodes { get; } = [];

    public FieldBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument; <paramref name="defaultValue"/> is a GraphQL literal such as <c>"10"</c> or <c>"{a: 1}"</c>.</summary>
    public FieldBuilder Argument(string name, string type, string? defaultValue = null, string? description = null)
    {
        ArgumentNodes.Add(new InputValueDefinitionNode(SchemaBuilder.Describe(description), SchemaBuilder.Name(name), Parser.ParseType(type),
            defaultValue is null ? null : Parser.ParseValue(defaultValue, isConst: true), [], default));
        return this;
    }
}
