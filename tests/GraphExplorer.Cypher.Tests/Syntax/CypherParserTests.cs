using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class CypherParserTests
{
    [Fact]
    public void Script_splits_on_semicolons_and_ignores_comments_and_empty_statements()
    {
        const string text = """
            // Organisations
            CREATE INDEX org FOR (o:Org) ON (o.id);;
            /* seed; with a semicolon in a comment */
            CREATE (:Org {id: 'a;b'});
            ;
            MATCH (o:Org) RETURN o // trailing comment
            """;
        var script = CypherParser.ParseScript(text, "seed.cypher");
        script.Statements.Select(s => s.GetType().Name).Should().Equal(
            nameof(CreateIndexStatement), nameof(SingleQuery), nameof(SingleQuery));
        script.Statements[1].Span.Line.Should().Be(4);
        script.Span.Start.Should().Be(0);
        script.Span.End.Should().Be(text.Length);
    }

    [Fact]
    public void Empty_script_has_no_statements()
    {
        CypherParser.ParseScript("  // nothing\n;;").Statements.Should().BeEmpty();
    }

    [Fact]
    public void Script_needs_semicolons_between_statements()
    {
        var error = Parse.Error(() => CypherParser.ParseScript("RETURN 1\nSHOW INDEXES"));
        error.Position.Should().Be(new SourcePosition(9, 2, 1));
    }

    [Fact]
    public void Statement_allows_one_trailing_semicolon()
    {
        CypherParser.ParseStatement("RETURN 1;").Should().BeOfType<SingleQuery>();
        CypherParser.ParseStatement("RETURN 1 ; // done").Should().BeOfType<SingleQuery>();
    }

    [Fact]
    public void Statement_rejects_a_second_statement()
    {
        var error = Parse.StatementError("RETURN 1; RETURN 2");
        error.Position!.Value.Column.Should().Be(11);
        error.Message.Should().Contain("one statement only");
    }

    [Fact]
    public void Statement_rejects_empty_text()
    {
        Parse.StatementError("  // only a comment").Message.Should().Contain("Unexpected end of input");
    }

    [Fact]
    public void Misspelled_clause_is_reported_with_line_column_and_caret()
    {
        var error = Parse.StatementError("MATCH (n)\nWHERE n.x = 1\n  RETRUN n", "file.cypher");
        error.Detail.Should().Be("UnexpectedSyntax");
        error.Position.Should().Be(new SourcePosition(26, 3, 3));
        error.Message.Should().StartWith("file.cypher:3:3: Invalid input 'RETRUN': expected a clause");
        error.Message.Should().EndWith("\n  RETRUN n\n  ^");
    }

    [Fact]
    public void Unclosed_node_pattern_points_at_the_next_token()
    {
        var error = Parse.StatementError("MATCH (n RETURN n");
        error.Position.Should().Be(new SourcePosition(9, 1, 10));
        error.Message.Should().Be(
            "query:1:10: Invalid input 'RETURN': expected a label, a property map, WHERE or ')' in a node pattern\n" +
            "MATCH (n RETURN n\n" +
            "         ^");
    }

    [Fact]
    public void Caret_keeps_tabs_so_it_lines_up()
    {
        var error = Parse.StatementError("MATCH (n)\n\tRETURN n +");
        error.Message.Should().EndWith("\n\tRETURN n +\n\t          ^");
    }

    [Fact]
    public void Long_lines_are_quoted_as_a_window_around_the_caret()
    {
        var text = "RETURN [" + string.Join(", ", Enumerable.Range(0, 2000)) + ", ?]";
        var error = Parse.StatementError(text);
        var lines = error.Message.Split('\n');
        lines.Should().HaveCount(3);
        lines[1].Length.Should().BeLessThan(130);
        lines[1].Should().StartWith("…").And.EndWith("?]");
        lines[1][lines[2].Length - 1].Should().Be('?');
    }

    [Fact]
    public void Error_at_end_of_input_points_past_the_last_character()
    {
        var error = Parse.StatementError("RETURN n.");
        error.Position.Should().Be(new SourcePosition(9, 1, 10));
        error.Message.Should().Contain("Unexpected end of input: expected a property key after '.'");
    }

    [Fact]
    public void Error_lines_are_taken_from_crlf_text_without_the_carriage_return()
    {
        var error = Parse.StatementError("RETURN 1\r\nRETURN ]");
        error.Position.Should().Be(new SourcePosition(17, 2, 8));
        error.Message.Should().EndWith("\nRETURN ]\n       ^");
    }

    [Fact]
    public void A_query_needs_at_least_one_clause()
    {
        Parse.StatementError("WHERE x = 1").Message.Should().Contain("Invalid input 'WHERE': expected a clause");
    }

    [Theory]
    [InlineData("MATCH (n) WHERE RETURN n", 17)]
    [InlineData("MATCH (n) RETURN n, WITH m", 21)]
    [InlineData("MATCH (n) WHERE n.x = MATCH (m) RETURN m", 23)]
    public void A_clause_keyword_where_an_expression_belongs_is_reported_there(string text, int column)
    {
        var error = Parse.StatementError(text);
        error.Position!.Value.Column.Should().Be(column);
        error.Message.Should().Contain("expected an expression");
    }

    [Theory]
    [InlineData("WITH 5 AS limit RETURN limit")]
    [InlineData("WITH 1 AS set, 2 AS match RETURN set + match AS sum ORDER BY sum")]
    [InlineData("UNWIND [1] AS order WITH order AS x RETURN x")]
    public void Clause_keywords_remain_usable_as_variables(string text)
    {
        CypherParser.ParseStatement(text).Should().BeOfType<SingleQuery>();
    }

    [Theory]
    [InlineData("MATCH (n) WHERE n.x == 1 RETURN n", 21, "compare with a single '='")]
    [InlineData("MATCH (n) WHERE n.x = 1 && n.y = 2 RETURN n", 25, "AND")]
    [InlineData("MATCH (n) WHERE !n.x RETURN n", 17, "NOT")]
    [InlineData("# comment\nRETURN 1", 1, "comments start with //")]
    public void Common_mistakes_get_a_hint(string text, int column, string hint)
    {
        var error = Parse.StatementError(text);
        error.Position!.Value.Column.Should().Be(column);
        error.Message.Should().Contain(hint);
    }

    [Fact]
    public void Expression_entry_point_rejects_trailing_tokens()
    {
        var error = Parse.ExpressionError("a + b c");
        error.Position.Should().Be(new SourcePosition(6, 1, 7));
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        var act = () => CypherParser.ParseStatement(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
