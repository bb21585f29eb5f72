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
    public async Task Typename_is_available_on_every_object()
    {
        (await Run.Json(CompatSchema.Build(), "{ __typename }")).Should().Be("""{"data":{"__typename":"Query"}}""");
    }
}
