using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Introspection;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void Prints_descriptions_as_block_strings_with_blank_lines_between_described_items()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query {
              "d1"
              a(
                "arg desc"
                x: Int
                y: Int
              ): String
              b: String
            }
            enum E {
              "v1"
              A
              "v2"
              B
            }
            """).Build();
        SchemaPrinter.Print(schema).Should().Be(""""
            type Query {
              """d1"""
              a(
                """arg desc"""
                x: Int
                y: Int
              ): String
              b: String
            }

            enum E {
              """v1"""
              A

              """v2"""
              B
            }
            """");
    }

    [Fact]
    public void Omits_the_schema_definition_for_conventional_root_names_only()
    {
        SchemaPrinter.Print(SchemaBuilder.FromSdl("schema { query: Q } type Q { a: Int }").Build())
            .Should().Be("schema {\n  query: Q\n}\n\ntype Q {\n  a: Int\n}");
        SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { a: Int }").Build()).Should().Be("type Query {\n  a: Int\n}");
    }

    [Fact]
    public void Prints_a_deprecated_directive_definition_like_graphql_js()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl("""
            type Query { a: Int }
            directive @old(x: Int) @deprecated(reason: "Use @new.") repeatable on FIELD
            directive @older @deprecated on QUERY
            """).Build());
        printed.Should().Contain("directive @old(x: Int) @deprecated(reason: \"Use @new.\") repeatable on FIELD");
        printed.Should().Contain("directive @older @deprecated on QUERY");
    }

    [Fact]
    public void Prints_deprecations_specified_by_one_of_and_default_literals()
    {
        var printed = SchemaPrinter.Print(CompatSchema.Build());
        printed.Should().Contain("legacy: String @deprecated\n");
        printed.Should().Contain("oldest: Organization @deprecated(reason: \"Use `organizations`.\")");
        printed.Should().Contain("scalar JSON @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc8259\")");
        printed.Should().Contain("input LookupBy @oneOf {");
        printed.Should().Contain("weight: Float = 1.23e4");
        printed.Should().Contain("filter: OrganizationFilter = { kind: UNIVERSITY, tags: [\"a\", \"b\"], nested: { minAgreements: 2 } }");
        printed.Should().Contain("directive @cached(ttl: Int = 60, scopes: [String!] = [\"public\"]) repeatable on FIELD_DEFINITION | OBJECT");
        printed.Should().NotContain("directive @skip");
        printed.Should().NotContain("scalar String");
    }

    [Theory]
    [InlineData("plain", true)]
    [InlineData("", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("  all\n  indented", false)]
    [InlineData("has \r return", false)]
    [InlineData("first\n  second", true)]
    public void Decides_block_string_printability_like_graphql_js(string value, bool printable)
    {
        SchemaPrinter.IsPrintableAsBlockString(value).Should().Be(printable);
    }
}
