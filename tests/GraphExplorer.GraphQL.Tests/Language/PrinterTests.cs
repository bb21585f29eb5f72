using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Tests.Fixtures;

namespace GraphExplorer.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void Kitchen_sink_query_prints_like_graphql_js()
    {
        Printer.Print(Parser.Parse(KitchenSink.Query)).Should().Be(KitchenSink.PrintedQuery);
    }

    [Fact]
    public void Kitchen_sink_query_print_is_a_fixed_point()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.Query));
        Printer.Print(Parser.Parse(printed)).Should().Be(printed);
    }

    [Fact]
    public void Kitchen_sink_sdl_prints_like_graphql_js()
    {
        Printer.Print(Parser.Parse(KitchenSink.Sdl)).Should().Be(KitchenSink.PrintedSdl);
    }

    [Fact]
    public void Kitchen_sink_sdl_print_is_a_fixed_point()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.Sdl));
        Printer.Print(Parser.Parse(printed)).Should().Be(printed);
    }

    [Theory]
    [InlineData("query { id, name }", "{\n  id\n  name\n}")]
    [InlineData("mutation { id, name }", "mutation {\n  id\n  name\n}")]
    [InlineData("query ($foo: TestType) @testDirective { id, name }", "query ($foo: TestType) @testDirective {\n  id\n  name\n}")]
    [InlineData("query ($foo: TestType = {a: 123} @testDirective(if: true) @test) { id }",
        "query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) {\n  id\n}")]
    [InlineData("{ f(a: {}, b: [], c: {x: {}}) }", "{\n  f(a: {  }, b: [], c: { x: {  } })\n}")]
    [InlineData("{trip(wheelchair:false arriveBy:false){dateTime}}", "{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}")]
    public void Prints_operations_like_graphql_js(string source, string expected)
    {
        Printer.Print(Parser.Parse(source)).Should().Be(expected);
    }

    [Fact]
    public void Puts_arguments_on_separate_lines_when_the_line_exceeds_80_characters()
    {
        var printed = Printer.Print(Parser.Parse(
            "{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}"));
        printed.Should().Be("{\n  trip(\n    wheelchair: false\n    arriveBy: false\n    includePlannedCancellations: true\n    transitDistanceReluctance: 2000\n  ) {\n    dateTime\n  }\n}");
    }

    [Theory]
    [InlineData("a\"b\\c\n\u0001\u007f", "\"a\\\"b\\\\c\\n\\u0001\\u007F\"")]
    [InlineData("plain", "\"plain\"")]
    public void Escapes_strings_like_graphql_js(string value, string expected)
    {
        Printer.PrintString(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("[Int!]!")]
    [InlineData("[[String]]")]
    public void Prints_types(string type)
    {
        Printer.Print(Parser.ParseType(type)).Should().Be(type);
    }
}
