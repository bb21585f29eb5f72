using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Where a directive may appear (spec §3.13 DirectiveLocation).</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    /// <summary>The working draft's location of directives on a directive definition (used by @deprecated).</summary>
    DirectiveDefinition,
}
