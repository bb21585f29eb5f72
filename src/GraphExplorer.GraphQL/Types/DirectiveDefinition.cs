using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>A directive definition (spec §3.13).</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(string name, string? description, IReadOnlyList<InputValueDefinition> arguments,
        IReadOnlyList<DirectiveLocation> locations, bool isRepeatable, Location? definedAt = null, string? deprecationReason = null)
    {
        DeprecationReason = deprecationReason;
        Name = name;
        Description = description;
        Arguments = arguments;
        Locations = locations;
        IsRepeatable = isRepeatable;
        DefinedAt = definedAt;
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    /// <summary>The reason of an <c>@deprecated</c> applied to the definition (working draft); null when not deprecated.</summary>
    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public Location? DefinedAt { get; }

    public InputValueDefinition? GetArgument(string name) => Arguments.FirstOrDefault(a => a.Name == name);

    public override string ToString() => "@" + Name;

    /// <summary>SDL spelling of a location, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string LocationName(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        _ => "DIRECTIVE_DEFINITION",
    };

    public static DirectiveLocation ParseLocation(string name) =>
        Enum.GetValues<DirectiveLocation>().First(l => LocationName(l) == name);
}
