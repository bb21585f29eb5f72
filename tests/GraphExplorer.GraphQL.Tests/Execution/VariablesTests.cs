using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>CoerceVariableValues and CoerceArgumentValues (spec §6.1.2, §6.4.1), echoing coerced arguments as JSON.</summary>
public sealed class VariablesTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        input TestInput { a: String b: [String] c: String! d: Int = 7 }
        input OneOf @oneOf { s: String i: Int }
        enum Color { RED GREEN }
        type Query {
          input(value: TestInput): String
          ints(value: [Int]): String
          nonNullInts(value: [Int!]!): String
          int(value: Int): String
          withDefault(value: String = "default"): String
          oneOf(value: OneOf): String
          color(value: Color): String
          id(value: ID): String
        }
        """)
        .BindField("Query", "input", Echo)
        .BindField("Query", "ints", Echo)
        .BindField("Query", "nonNullInts", Echo)
        .BindField("Query", "int", Echo)
        .BindField("Query", "withDefault", Echo)
        .BindField("Query", "oneOf", Echo)
        .BindField("Query", "color", Echo)
        .BindField("Query", "id", Echo)
        .Build();

    private static object? Echo(IResolveContext context) =>
        context.Arguments.TryGetValue("value", out var value) ? System.Text.Json.JsonSerializer.Serialize(value, Relaxed) : "<absent>";

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Coerces_input_objects_from_literals_and_applies_field_defaults()
    {
        var json = await Run.Json(Schema, """{ input(value: {a: "foo", b: ["bar"], c: "baz"}) }""");
        json.Should().Be("""{"data":{"input":"{\"a\":\"foo\",\"b\":[\"bar\"],\"c\":\"baz\",\"d\":7}"}}""");
    }

    [Fact]
    public async Task Coerces_input_objects_from_variables()
    {
        var result = await Run.Execute(Schema, "query ($v: TestInput) { input(value: $v) }", """{"v": {"a": "foo", "b": "single", "c": "baz"}}""");
        result.Errors.Should().BeNull();
        result.Data!["input"].Should().Be("""{"a":"foo","b":["single"],"c":"baz","d":7}""");
    }

    [Theory]
    [InlineData("""{"v": {"a": "foo", "b": "bar"}}""", "Variable \"$v\" has invalid value: Expected value of type \"TestInput\" to include required field \"c\", found: { a: \"foo\", b: \"bar\" }.")]
    [InlineData("""{"v": {"c": "x", "extra": 1}}""", "Variable \"$v\" has invalid value: Expected value of type \"TestInput\" not to include unknown field \"extra\", found: { c: \"x\", extra: 1 }.")]
    [InlineData("""{"v": {"c": 3}}""", "Variable \"$v\" has invalid value at .c: String cannot represent a non string value: 3")]
    [InlineData("""{"v": "text"}""", "Variable \"$v\" has invalid value: Expected value of type \"TestInput\" to be an object, found: \"text\".")]
    public async Task Reports_invalid_input_object_variables_like_graphql_js(string variables, string message)
    {
        var result = await Run.Execute(Schema, "query ($v: TestInput) { input(value: $v) }", variables);
        result.HasData.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Message.Should().Be(message);
        result.Errors![0].Locations.Should().Equal(new SourceLocation(1, 8));
        result.Errors![0].Code.Should().Be(ErrorCodes.BadUserInput);
    }

    [Theory]
    // A resolver tells a field left out (no entry) from one given as null (an entry holding null): patch inputs rely on it.
    [InlineData("""{ input(value: {a: null, c: "x"}) }""", null)]
    [InlineData("query ($v: TestInput) { input(value: $v) }", """{"v": {"a": null, "c": "x"}}""")]
    public async Task An_input_field_given_as_null_stays_in_the_coerced_object_and_one_left_out_does_not(string query, string? variables)
    {
        var result = await Run.Execute(Schema, query, variables);

        result.Errors.Should().BeNull();
        result.Data!["input"].Should().Be("""{"a":null,"c":"x","d":7}""", "a is given as null, b is left out");
    }

    [Fact]
    public async Task Reports_every_invalid_variable_at_once()
    {
        var result = await Run.Execute(Schema, "query ($a: Int!, $b: [Int!]!, $c: Color) { int(value: $a) nonNullInts(value: $b) color(value: $c) }",
            """{"b": [1, null], "c": "BLUE"}""");
        result.Errors!.Select(e => e.Message).Should().Equal(
            "Variable \"$a\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.",
            "Variable \"$b\" has invalid value at [1]: Expected value of non-null type \"Int!\" not to be null.",
            "Variable \"$c\" has invalid value: Value \"BLUE\" does not exist in \"Color\" enum.");
    }

    [Theory]
    [InlineData("""{"v": 2147483648}""", "Variable \"$v\" has invalid value: Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("""{"v": 1.5}""", "Variable \"$v\" has invalid value: Int cannot represent non-integer value: 1.5")]
    [InlineData("""{"v": "1"}""", "Variable \"$v\" has invalid value: Int cannot represent non-integer value: \"1\"")]
    public async Task Int_variables_follow_the_spec_input_coercion(string variables, string message)
    {
        var result = await Run.Execute(Schema, "query ($v: Int) { int(value: $v) }", variables);
        result.Errors.Should().ContainSingle().Which.Message.Should().Be(message);
    }

    [Theory]
    // Spec §3.11 list input coercion table.
    [InlineData("[Int]", "[1, 2, 3]", "[1,2,3]")]
    [InlineData("[Int]", "1", "[1]")]
    [InlineData("[Int]", "null", "null")]
    [InlineData("[Int]", "[1, null]", "[1,null]")]
    public async Task List_variables_follow_the_spec_coercion_table(string type, string value, string expected)
    {
        var result = await Run.Execute(Schema, $"query ($v: {type}) {{ ints(value: $v) }}", $$"""{"v": {{value}}}""");
        result.Errors.Should().BeNull();
        result.Data!["ints"].Should().Be(expected);
    }

    [Theory]
    [InlineData("{ ints(value: [1, 2, 3]) }", "[1,2,3]")]
    [InlineData("{ ints(value: 1) }", "[1]")]
    [InlineData("{ ints(value: null) }", "null")]
    [InlineData("{ ints }", "<absent>")]
    public async Task List_literals_follow_the_spec_coercion_table(string query, string expected)
    {
        var result = await Run.Execute(Schema, query);
        result.Errors.Should().BeNull();
        result.Data!["ints"].Should().Be(expected);
    }

    [Fact]
    public async Task Missing_variable_uses_the_argument_default_and_explicit_null_does_not()
    {
        (await Run.Json(Schema, "query ($v: String) { withDefault(value: $v) }")).Should().Be("""{"data":{"withDefault":"\"default\""}}""");
        (await Run.Json(Schema, "query ($v: String) { withDefault(value: $v) }", """{"v": null}""")).Should().Be("""{"data":{"withDefault":"null"}}""");
    }

    [Fact]
    public async Task Variable_defaults_apply_when_the_variable_is_not_provided()
    {
        (await Run.Json(Schema, "query ($v: Int = 42) { int(value: $v) }")).Should().Be("""{"data":{"int":"42"}}""");
    }

    [Fact]
    public async Task One_of_input_requires_exactly_one_non_null_field()
    {
        (await Run.Json(Schema, "query ($v: OneOf) { oneOf(value: $v) }", """{"v": {"s": "x"}}""")).Should().Be("""{"data":{"oneOf":"{\"s\":\"x\"}"}}""");
        var two = await Run.Execute(Schema, "query ($v: OneOf) { oneOf(value: $v) }", """{"v": {"s": "x", "i": 1}}""");
        two.Errors.Should().ContainSingle().Which.Message.Should().Be("Variable \"$v\" has invalid value: Within OneOf Input Object type \"OneOf\", exactly one field must be specified, and the value for that field must be non-null.");
        var nullField = await Run.Execute(Schema, "query ($v: OneOf) { oneOf(value: $v) }", """{"v": {"s": null}}""");
        nullField.Errors.Should().ContainSingle().Which.Message.Should().Be("Variable \"$v\" has invalid value at .s: Within OneOf Input Object type \"OneOf\", exactly one field must be specified, and the value for that field must be non-null.");
    }

    [Fact]
    public async Task Enum_and_id_inputs_coerce_to_internal_values()
    {
        (await Run.Json(Schema, "{ color(value: GREEN) }")).Should().Be("""{"data":{"color":"\"GREEN\""}}""");
        (await Run.Json(Schema, "{ id(value: 123) }")).Should().Be("""{"data":{"id":"\"123\""}}""");
    }

    [Fact]
    public async Task Invalid_argument_literal_is_a_field_error_at_the_field()
    {
        var result = await Run.Execute(Schema, "{ int(value: \"x\") }");
        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Argument \"value\" has invalid value \"x\".");
        result.Errors![0].Path.Should().Equal("int");
    }

    [Fact]
    public async Task Unknown_operation_and_ambiguous_operation_are_request_errors()
    {
        var unknown = await Run.Execute(Schema, "query A { int } query B { int }", operationName: "C");
        unknown.HasData.Should().BeFalse();
        unknown.Errors!.Single().Message.Should().Be("Unknown operation named \"C\".");
        var ambiguous = await Run.Execute(Schema, "query A { int } query B { int }");
        ambiguous.Errors!.Single().Message.Should().Be("Must provide operation name if query contains multiple operations.");
        (await Run.Json(Schema, "query A { a: int } query B { b: int }", operationName: "B")).Should().Be("""{"data":{"b":"<absent>"}}""");
    }

    [Fact]
    public async Task Custom_scalar_failures_are_reported_not_thrown()
    {
        var schema = new SchemaBuilder()
            .BindScalar(new CustomScalar("Even", parseValue: v => (long)v % 2 == 0 ? v : throw new ArgumentException("odd"),
                parseLiteral: l => throw new InvalidOperationException("literals not supported")))
            .Object("Query", t => t.Field("f", "Int", c => 1, f => f.Argument("e", "Even")))
            .Build();
        var variable = await Run.Execute(schema, "query ($e: Even) { f(e: $e) }", """{"e": 3}""");
        variable.Errors!.Single().Message.Should().Be("Variable \"$e\" has invalid value: Expected value of type \"Even\", but encountered error \"odd\"; found: 3.");
        var literal = GraphExplorer.GraphQL.Validation.DocumentValidator.Validate(schema, GraphExplorer.GraphQL.Language.Parser.Parse("{ f(e: 2) }"));
        literal.Single().Message.Should().Be("Expected value of type \"Even\", but encountered error \"literals not supported\"; found: 2.");
    }
}
