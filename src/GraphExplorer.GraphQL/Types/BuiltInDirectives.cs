using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>The directives every schema has (spec §3.13): @include, @skip, @deprecated, @specifiedBy and @oneOf (draft).</summary>
public static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = new(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [Arg("if", new NonNullType(BuiltInScalars.Boolean), "Included when true.")],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        false);

    public static readonly DirectiveDefinition Skip = new(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [Arg("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true.")],
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        false);

    /// <summary>@deprecated; its reason is <c>String!</c> with a default, and it may mark directive definitions, as in
    /// the working draft (and graphql-js 17).</summary>
    public static readonly DirectiveDefinition Deprecated = new(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [Arg("reason", new NonNullType(BuiltInScalars.String),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode(DefaultDeprecationReason, false, default))],
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue,
            DirectiveLocation.DirectiveDefinition],
        false);

    public static readonly DirectiveDefinition SpecifiedBy = new(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [Arg("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar.")],
        [DirectiveLocation.Scalar],
        false);

    public static readonly DirectiveDefinition OneOf = new(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [],
        [DirectiveLocation.InputObject],
        false);

    public static readonly IReadOnlyList<DirectiveDefinition> All = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(DirectiveDefinition directive) => All.Contains(directive);

    public static bool IsSpecifiedName(string name) => All.Any(d => d.Name == name);

    private static InputValueDefinition Arg(string name, GraphQLType type, string description, ValueNode? defaultValue = null) =>
        new(name, description, type, defaultValue, null, [], null);
}
