using GraphExplorer.GraphQL.Types;
using GraphExplorer.GraphQL.Tests.TestSupport;

namespace GraphExplorer.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    [Fact]
    public async Task Type_introspection_reports_kinds_wrappers_and_deprecations()
    {
        var schema = CompatSchema.Build();
        var json = await Run.Json(schema, """
            {
              __type(name: "OrganizationKind") { kind name enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
              q: __type(name: "Query") { fields { name type { kind ofType { kind ofType { kind name } } } } }
            }
            """);
        json.Should().Contain("""{"kind":"ENUM","name":"OrganizationKind","enumValues":[{"name":"UNIVERSITY"},{"name":"COMPANY"},{"name":"PUBLIC_BODY"}]""");
        json.Should().Contain("""{"name":"GOVERNMENT","isDeprecated":true,"deprecationReason":"Merged into PUBLIC_BODY."}""");
        json.Should().Contain("""{"name":"organizations","type":{"kind":"NON_NULL","ofType":{"kind":"LIST","ofType":{"kind":"NON_NULL","name":null}}}}""");
        json.Should().NotContain("\"legacy\"", "deprecated fields are hidden unless includeDeprecated is true");
    }

    [Fact]
    public async Task Schema_introspection_lists_root_types_directives_and_one_of()
    {
        var json = await Run.Json(CompatSchema.Build(), """
            { __schema { queryType { name } mutationType { name } subscriptionType { name } directives { name isRepeatable } }
              __type(name: "LookupBy") { isOneOf inputFields { name defaultValue } } j: __type(name: "JSON") { specifiedByURL } }
            """);
        json.Should().Contain("\"queryType\":{\"name\":\"Query\"},\"mutationType\":{\"name\":\"Mutation\"},\"subscriptionType\":null");
        json.Should().Contain("{\"name\":\"cached\",\"isRepeatable\":true}");
        json.Should().Contain("{\"name\":\"include\",\"isRepeatable\":false}");
        json.Should().Contain("\"isOneOf\":true");
        json.Should().Contain("\"specifiedByURL\":\"https://www.rfc-editor.org/rfc/rfc8259\"");
    }

    [Fact]
    public async Task Deprecated_directives_are_hidden_unless_included_and_report_their_reason()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            directive @old(x: Int) @deprecated(reason: "Use @new.") on FIELD
            directive @new on FIELD
            """).Build();
        var json = await Run.Json(schema, """
            { hidden: __schema { directives { name } }
              all: __schema { directives(includeDeprecated: true) { name isDeprecated deprecationReason } } }
            """);
        json.Should().Contain("""{"hidden":{"directives":[{"name":"new"},{"name":"include"}""");
        json.Should().Contain("""{"name":"old","isDeprecated":true,"deprecationReason":"Use @new."},{"name":"new","isDeprecated":false,"deprecationReason":null}""");
        (await Run.Json(schema, "{ a @old(x: 1) }")).Should().Be("""{"data":{"a":null}}""", "a deprecated directive still works");
    }

    [Fact]
    public async Task Include_deprecated_arguments_are_non_null_and_directive_definition_is_a_location()
    {
        var json = await Run.Json(CompatSchema.Build(), """
            { t: __type(name: "__Type") { fields(includeDeprecated: true) { name args { name defaultValue type { kind ofType { name } } } } }
              l: __type(name: "__DirectiveLocation") { enumValues { name } }
              d: __schema { directives { name locations } } }
            """);
        json.Should().Contain("""{"name":"fields","args":[{"name":"includeDeprecated","defaultValue":"false","type":{"kind":"NON_NULL","ofType":{"name":"Boolean"}}}]}""");
        json.Should().Contain("""{"name":"INPUT_FIELD_DEFINITION"},{"name":"DIRECTIVE_DEFINITION"}]""");
        json.Should().NotContain("FRAGMENT_VARIABLE_DEFINITION", "fragment variables are not in the spec draft");
        json.Should().Contain("""{"name":"deprecated","locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE","DIRECTIVE_DEFINITION"]}""");
    }

    [Fact]
    public async Task Types_are_listed_where_graphql_js_lists_them()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { node: Node count: Int }
            interface Node { id: ID! }
            type Item implements Node { id: ID! label: String }
            directive @tag(name: String) on FIELD
            """).Build();
        var json = await Run.Json(schema, "{ __schema { types { name } directives { name } } }");
        json.Should().Contain("""{"types":[{"name":"Query"},{"name":"Int"},{"name":"Node"},{"name":"ID"},{"name":"Item"},{"name":"String"},{"name":"Boolean"},{"name":"__Schema"},{"name":"__Type"},{"name":"__TypeKind"},{"name":"__Field"},{"name":"__InputValue"},{"name":"__EnumValue"},{"name":"__Directive"},{"name":"__DirectiveLocation"}]""",
            "each defined type is followed by the specified scalars it is the first to reference, then directive argument types, then the introspection types");
        json.Should().Contain("""],"directives":[{"name":"tag"},{"name":"include"},{"name":"skip"},{"name":"deprecated"},{"name":"specifiedBy"},{"name":"oneOf"}]""");
    }

    [Fact]
    public async Task Typename_is_available_on_every_object()
    {
        (await Run.Json(CompatSchema.Build(), "{ __typename }")).Should().Be("""{"data":{"__typename":"Query"}}""");
    }
}
