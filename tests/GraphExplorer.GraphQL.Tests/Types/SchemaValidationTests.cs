using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Types;

/// <summary>Spec §3 "Type Validation": every problem is reported at once, each with graphql-js's wording.</summary>
public sealed class SchemaValidationTests
{
    private static IReadOnlyList<string> Errors(string sdl)
    {
        var act = () => SchemaBuilder.FromSdl(sdl).Build();
        return act.Should().Throw<SchemaValidationException>().Which.Errors.Select(e => e.Message).ToList();
    }

    [Fact]
    public void Reports_every_type_rule_violation_in_one_exception()
    {
        var errors = Errors("""
            type Query { a: Int node: Node }
            interface Node { id: ID! }
            interface Named implements Node { id: ID! name: String }
            type Thing implements Named { id: ID name: Int extra(required: Int!): String }
            type Empty
            union U
            enum E
            input In { self: In! other: Query }
            input One @oneOf { a: Int! b: Int = 1 }
            type __Bad { a: Int }
            """);
        errors.Should().BeEquivalentTo(
            "Type Empty must define one or more fields.",
            "Type Thing must implement Node because it is implemented by Named.",
            "Interface field Named.id expects type ID! but Thing.id is type ID.",
            "Interface field Named.name expects type String but Thing.name is type Int.",
            "Union type U must define one or more member types.",
            "Enum type E must define one or more values.",
            "The type of In.other must be Input Type but got: Query.",
            "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".",
            "OneOf input field One.a must be nullable.",
            "OneOf input field One.b cannot have a default value.",
            "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.");
    }

    [Fact]
    public void Reports_sdl_level_errors_with_locations()
    {
        var act = () => SchemaBuilder.FromSdl("type Query { a: Missing a: Int }\ntype Query { b: Int }\nextend type Nope { x: Int }\nextend union Query = Query").Build();
        var errors = act.Should().Throw<SchemaValidationException>().Which.Errors;
        errors.Select(e => e.Message).Should().BeEquivalentTo(
            "There can be only one type named \"Query\".",
            "Unknown type \"Missing\".",
            "Field \"a\" can only be defined once.",
            "Cannot extend type \"Nope\" because it is not defined.",
            "Cannot extend non-union type \"Query\".");
        errors.First(e => e.Message.StartsWith("Unknown type", StringComparison.Ordinal)).Locations.Should().Equal(new SourceLocation(1, 17));
        errors.Should().OnlyContain(e => e.Code == ErrorCodes.InvalidSchema);
    }

    [Fact]
    public void Requires_an_object_query_root()
    {
        Errors("type Foo { a: Int }").Should().Equal("Query root type must be provided.");
        Errors("schema { query: Foo } input Foo { a: Int }").Should().Equal("Query root type must be Object type, it cannot be Foo.");
    }

    [Fact]
    public void Validates_applied_directives_in_sdl()
    {
        Errors("""
            type Query { a: Int @unknown b: Int @oneOf c: Int @deprecated @deprecated d(x: Int! @deprecated): Int }
            scalar S @specifiedBy
            """).Should().BeEquivalentTo(
            "Unknown directive \"@unknown\".",
            "Directive \"@oneOf\" may not be used on FIELD_DEFINITION.",
            "The directive \"@deprecated\" can only be used once at this location.",
            "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.",
            "Required argument Query.d(x:) cannot be deprecated.");
    }

    [Fact]
    public void Directive_definitions_accept_deprecated_and_no_other_misplaced_directive()
    {
        Errors("""
            type Query { a: Int }
            directive @old @deprecated on FIELD
            directive @bad @specifiedBy(url: "u") on FIELD
            """).Should().Equal("Directive \"@specifiedBy\" may not be used on DIRECTIVE_DEFINITION.");
    }

    [Fact]
    public void Interfaces_cannot_implement_themselves_or_form_cycles()
    {
        Errors("type Query { a: A } interface A implements B { a: Int } interface B implements A { a: Int }")
            .Should().Contain("Type A cannot implement B because it would create a circular reference.");
    }

    [Fact]
    public void Union_members_must_be_object_types()
    {
        Errors("type Query { u: U } union U = Query | I interface I { a: Int }").Should().Contain("Union type U can only include Object types, it cannot include I.");
    }

    [Fact]
    public void Resolver_bindings_must_name_existing_fields()
    {
        var act = () => SchemaBuilder.FromSdl("type Query { a: Int }").BindField("Query", "b", _ => 1).BindField("Nope", "a", _ => 1).Build();
        act.Should().Throw<SchemaValidationException>().Which.Errors.Select(e => e.Message).Should().BeEquivalentTo(
            "Cannot bind resolver Query.b: type \"Query\" has no field \"b\".",
            "Cannot bind resolver Nope.a: \"Nope\" is not an object type of the schema.");
    }

    [Fact]
    public void Code_first_names_must_be_valid_graphql_names()
    {
        var act = () => new SchemaBuilder().Object("Query", t => t.Field("bad-name", "Int").Field("9lives", "Int")).Build();
        act.Should().Throw<SchemaValidationException>().Which.Errors.Select(e => e.Message).Should().BeEquivalentTo(
            "Names must only contain [_a-zA-Z0-9] but \"bad-name\" does not.",
            "Names must start with [_a-zA-Z] but \"9lives\" does not.");
    }

    [Fact]
    public void Default_values_must_match_their_types()
    {
        Errors("type Query { f(a: Int = \"x\", b: [Int!] = [null]): Int } input I { e: E = NOPE } enum E { A }").Should().BeEquivalentTo(
            "Argument Query.f(a:) has invalid default value: \"x\" is not a valid \"Int\".",
            "Argument Query.f(b:) has invalid default value: [null] is not a valid \"[Int!]\".",
            "Input field I.e has invalid default value: NOPE is not a valid \"E\".");
    }
}
