using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private enum PartnerKind
    {
        University,
        PrivateCompany,
    }

    [Fact]
    public void Builds_from_sdl_merging_extensions()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query { b: String }
            interface Node { id: ID! }
            type Org { id: ID! }
            extend type Org implements Node
            enum E { A }
            extend enum E { B }
            input I { x: Int }
            extend input I { y: Int }
            union U = Org
            """).Build();
        schema.QueryType.Fields.Select(f => f.Name).Should().Equal("a", "b");
        ((ObjectType)schema.GetType("Org")!).Interfaces.Select(i => i.Name).Should().Equal("Node");
        ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name).Should().Equal("A", "B");
        ((InputObjectType)schema.GetType("I")!).Fields.Select(f => f.Name).Should().Equal("x", "y");
        schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name).Should().Equal("Org");
    }

    [Fact]
    public async Task Builds_in_code_with_resolvers_enums_and_one_of_inputs()
    {
        var schema = new SchemaBuilder()
            .Enum<PartnerKind>(description: "Kinds.")
            .InputObject("Lookup", t => t.OneOf().Field("id", "ID").Field("name", "String"))
            .Object("Partner", t => t.Field("name", "String!").Field("kind", "PartnerKind!"))
            .Object("Query", t => t
                .Description("Root.")
                .Field("partner", "Partner", c => new { Name = "Uni", Kind = PartnerKind.PrivateCompany },
                    f => f.Argument("by", "Lookup!").Description("Finds one."))
                .Field("old", "Int", _ => 1, f => f.Deprecated("gone")))
            .Build();

        SchemaPrinter.Print(schema).Should().Contain("enum PartnerKind {\n  UNIVERSITY\n  PRIVATE_COMPANY\n}");
        SchemaPrinter.Print(schema).Should().Contain("old: Int @deprecated(reason: \"gone\")");
        (await Run.Json(schema, """{ partner(by: {id: 1}) { name kind } }""")).Should().Be("""{"data":{"partner":{"name":"Uni","kind":"PRIVATE_COMPANY"}}}""");
    }

    [Fact]
    public async Task Binds_sdl_enums_to_csharp_enums_both_ways()
    {
        var schema = SchemaBuilder.FromSdl("enum Kind { UNIVERSITY PRIVATE_COMPANY } type Query { echo(k: Kind!): Kind }")
            .BindEnum<PartnerKind>("Kind")
            .BindField("Query", "echo", c => c.Arguments["k"] is PartnerKind k ? k : throw new InvalidOperationException("not bound"))
            .Build();
        (await Run.Json(schema, "{ echo(k: PRIVATE_COMPANY) }")).Should().Be("""{"data":{"echo":"PRIVATE_COMPANY"}}""");
    }

    [Fact]
    public async Task Sdl_date_scalars_use_the_built_in_implementations_with_specified_by()
    {
        var schema = SchemaBuilder.FromSdl("scalar Date scalar DateTime type Query { d(v: Date!): Date t: DateTime }")
            .BindField("Query", "d", c => ((DateOnly)c.Arguments["v"]!).AddDays(1))
            .BindField("Query", "t", _ => new DateTimeOffset(2024, 5, 17, 10, 15, 30, 250, TimeSpan.Zero))
            .Build();
        ((ScalarType)schema.GetType("Date")!).SpecifiedByUrl.Should().StartWith("https://scalars.graphql.org/");
        (await Run.Json(schema, """{ d(v: "2024-02-28") t }""")).Should().Be("""{"data":{"d":"2024-02-29","t":"2024-05-17T10:15:30.250Z"}}""");
        (await Run.Execute(schema, """{ d(v: "2024-02-30") }""")).Errors!.Single().Message.Should().Be("Argument \"v\" has invalid value \"2024-02-30\".");
    }

    [Fact]
    public async Task A_scalar_with_an_implementation_keeps_the_description_and_specified_by_its_sdl_gives()
    {
        var schema = SchemaBuilder.FromSdl("""
            "A calendar date, ISO 8601 (`2025-06-11`)."
            scalar Date @specifiedBy(url: "https://example.org/date")
            scalar DateTime
            type Query { d: Date t: DateTime }
            """)
            .AddDateScalars()
            .BindField("Query", "d", _ => new DateOnly(2025, 6, 11))
            .Build();

        var json = await Run.Json(schema, """{ date: __type(name: "Date") { description specifiedByURL } dateTime: __type(name: "DateTime") { description } d }""");

        json.Should().Be("""{"data":{"date":{"description":"A calendar date, ISO 8601 (`2025-06-11`).","specifiedByURL":"https://example.org/date"},"dateTime":{"description":"""
            + $"\"{BuiltInScalars.DateTime.Description}\"" + """},"d":"2025-06-11"}}""");
    }

    [Fact]
    public async Task Custom_scalars_without_implementation_pass_values_through()
    {
        var schema = SchemaBuilder.FromSdl("scalar JSON type Query { echo(v: JSON): JSON }")
            .BindField("Query", "echo", c => c.Arguments["v"])
            .Build();
        (await Run.Json(schema, """{ echo(v: {a: [1, "x", true, null]}) }""")).Should().Be("""{"data":{"echo":{"a":[1,"x",true,null]}}}""");
    }
}
