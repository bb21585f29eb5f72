using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// An argument or input-object field (spec §3.6.1, §3.10). <see cref="DefaultValue"/> is the literal as written;
/// <see cref="HasDefaultValue"/> distinguishes "no default" from a <c>null</c> default.
/// </summary>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(string name, string? description, GraphQLType type, ValueNode? defaultValue,
        string? deprecationReason, IReadOnlyList<DirectiveNode> directives, Location? definedAt)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
        AppliedDirectives = directives;
        DefinedAt = definedAt;
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; internal set; }

    public ValueNode? DefaultValue { get; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    public Location? DefinedAt { get; }

    /// <summary>
    /// What using this input field adds to the cost weight of the field whose argument holds it (0 unless the schema
    /// sets it, see <see cref="SchemaBuilder.SetInputFieldCost"/>): the IBM GraphQL Cost Directive's weight on an
    /// INPUT_FIELD_DEFINITION, for inputs that make the work heavier (a filter that runs a subquery per item).
    /// </summary>
    public int Cost { get; internal set; }

    // Cache of the coerced default (see InputCoercion.CoercedDefault); benign race: both writers compute the same value.
    internal bool DefaultCoerced { get; set; }

    internal object? CoercedDefaultValue { get; set; }

    /// <summary>Required (spec §3.6.1): non-null without a default value.</summary>
    public bool IsRequired => Type.IsNonNull && DefaultValue is null;

    public override string ToString() => $"{Name}: {Type}";
}
