using GraphExplorer.Cypher.Scripts;

namespace GraphExplorer.Cypher.Scripts.Tests;

public sealed class ScriptSplitterTests
{
    private static List<StatementText> Split(string script) => [.. ScriptSplitter.Split(new StringReader(script))];

    [Fact]
    public void Cuts_at_each_semicolon_and_gives_each_statement_its_number_and_start()
    {
        var statements = Split("CREATE (a);\n  MATCH (n)\n  RETURN n;\n\nRETURN 1");

        statements.Select(s => s.Text).Should().Equal("CREATE (a)", "MATCH (n)\n  RETURN n", "RETURN 1");
        statements.Select(s => (s.Line, s.Column, s.Number)).Should().Equal((1, 1, 1), (2, 3, 2), (5, 1, 3));
    }

    [Theory]
    [InlineData("RETURN 'a;b' AS x;RETURN 2", "RETURN 'a;b' AS x")]
    [InlineData("RETURN \"a;b\" AS x;RETURN 2", "RETURN \"a;b\" AS x")]
    [InlineData("RETURN 'it\\'s;' AS x;RETURN 2", "RETURN 'it\\'s;' AS x")]
    [InlineData("RETURN 1 AS `a;``b`;RETURN 2", "RETURN 1 AS `a;``b`")]
    [InlineData("RETURN 1 // a; comment\n AS x;RETURN 2", "RETURN 1 // a; comment\n AS x")]
    [InlineData("RETURN 1 /* a; comment */ AS x;RETURN 2", "RETURN 1 /* a; comment */ AS x")]
    [InlineData("RETURN 4 / 2 AS x;RETURN 2", "RETURN 4 / 2 AS x")]
    public void A_semicolon_inside_a_string_a_quoted_name_or_a_comment_does_not_end_a_statement(string script, string first)
    {
        var statements = Split(script);

        statements.Select(s => s.Text).Should().Equal(first, "RETURN 2");
    }

    [Fact]
    public void Comments_and_blanks_before_a_statement_are_not_part_of_it_and_alone_are_no_statement()
    {
        var statements = Split("// header; with a semicolon\n/* block\n; */  CREATE (a);\n;;\n// trailing comment\n");

        statements.Should().ContainSingle();
        statements[0].Text.Should().Be("CREATE (a)");
        (statements[0].Line, statements[0].Column).Should().Be((3, 7));
        Split("  \n// only a comment\n/* and another */\n").Should().BeEmpty();
    }

    [Fact]
    public void An_unterminated_string_runs_to_the_end_so_the_parser_reports_it()
    {
        var statements = Split("RETURN 1;\nRETURN 'open; RETURN 2;");

        statements.Select(s => s.Text).Should().Equal("RETURN 1", "RETURN 'open; RETURN 2;");
    }

    [Fact]
    public void A_position_reported_inside_a_statement_maps_to_the_script()
    {
        var statement = Split("RETURN 1;\n\n   MATCH (n)\nRETURN m;")[1];

        statement.InScript(1, 7).Should().Be((3, 10), "on the statement's first line, columns are offset by where it starts");
        statement.InScript(2, 8).Should().Be((4, 8), "on later lines, only lines are offset");
    }
}
