using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Types;

/// <summary>Literal input coercion tables of spec §3.10 (input objects) and §3.11 (lists).</summary>
public sealed class InputCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        input ExampleInputObject { a: String b: Int! }
        type Query { f(a: [Int], b: [[Int]], c: ExampleInputObject): Int }
        """).Build();

    private static GraphQLType Arg(string name) => Schema.QueryType.GetField("f")!.GetArgument(name)!.Type;

    private static string Coerce(string literal, string argument, IReadOnlyDictionary<string, object?>? variables = null) =>
        InputCoercion.TryCoerceLiteral(Parser.ParseValue(literal), Arg(argument), variables, out var value)
            ? System.Text.Json.JsonSerializer.Serialize(value)
            : "error";

    [Theory]
    [InlineData("[1, 2, 3]", "a", "[1,2,3]")]
    [InlineData("[1, \"b\", true]", "a", "error")]
    [InlineData("1", "a", "[1]")]
    [InlineData("null", "a", "null")]
    [InlineData("[[1], [2, 3]]", "b", "[[1],[2,3]]")]
    [InlineData("[1, 2, 3]", "b", "error")]
    [InlineData("1", "b", "[[1]]")]
    [InlineData("null", "b", "null")]
    public void List_coercion_table(string literal, string argument, string expected)
    {
        Coerce(literal, argument).Should().Be(expected);
    }

    [Fact]
    public void Input_object_coercion_table()
    {
        Coerce("{ a: \"abc\", b: 123 }", "c").Should().Be("{\"a\":\"abc\",\"b\":123}");
        Coerce("{ a: null, b: 123 }", "c").Should().Be("{\"a\":null,\"b\":123}");
        Coerce("{ b: 123 }", "c").Should().Be("{\"b\":123}");
        Coerce("{ a: \"abc\" }", "c").Should().Be("error");
        Coerce("{ b: null }", "c").Should().Be("error");
        Coerce("{ b: 1, z: 2 }", "c").Should().Be("error");
        Coerce("{ b: $var }", "c", new Dictionary<string, object?> { ["var"] = 123 }).Should().Be("{\"b\":123}");
        Coerce("{ a: $var, b: 123 }", "c", new Dictionary<string, object?>()).Should().Be("{\"b\":123}");
        Coerce("{ b: $var }", "c", new Dictionary<string, object?>()).Should().Be("error");
    }
}
