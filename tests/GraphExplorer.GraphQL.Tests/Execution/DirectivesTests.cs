using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>@skip and @include (spec §3.13.2–3) on fields, fragment spreads and inline fragments.</summary>
public sealed class DirectivesTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
        .BindField("Query", "a", _ => "a")
        .BindField("Query", "b", _ => "b")
        .Build();

    [Theory]
    [InlineData("{ a, b @include(if: true) }", """{"data":{"a":"a","b":"b"}}""")]
    [InlineData("{ a, b @include(if: false) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, b @skip(if: true) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, b @skip(if: false) }", """{"data":{"a":"a","b":"b"}}""")]
    [InlineData("{ a, b @include(if: true) @skip(if: true) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, b @include(if: false) @skip(if: false) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, ...Frag @skip(if: true) } fragment Frag on Query { b }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, ...Frag @include(if: true) } fragment Frag on Query { b }", """{"data":{"a":"a","b":"b"}}""")]
    [InlineData("{ a, ... on Query @skip(if: true) { b } }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a, ... @include(if: false) { b } }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a @skip(if: true) b @skip(if: true) }", """{"data":{}}""")]
    public async Task Skip_and_include_with_literals(string query, string expected)
    {
        (await Run.Json(Schema, query)).Should().Be(expected);
    }

    [Theory]
    [InlineData("""{"s": true}""", """{"data":{"a":"a"}}""")]
    [InlineData("""{"s": false}""", """{"data":{"a":"a","b":"b"}}""")]
    public async Task Skip_with_variables(string variables, string expected)
    {
        (await Run.Json(Schema, "query ($s: Boolean!) { a b @skip(if: $s) }", variables)).Should().Be(expected);
    }

    [Fact]
    public async Task Same_response_key_merges_and_one_skipped_occurrence_does_not_remove_the_other()
    {
        (await Run.Json(Schema, "{ a @skip(if: true) a }")).Should().Be("""{"data":{"a":"a"}}""");
    }
}
