using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Tests.Syntax;

public sealed class ParserExplainTests
{
    [Fact]
    public void Explain_wraps_the_query_that_follows()
    {
        var explain = CypherParser.ParseStatement("explain MATCH (n) RETURN n").Should().BeOfType<ExplainStatement>().Subject;
        explain.Query.Should().BeOfType<SingleQuery>();
        explain.Span.Should().Be(new SourceSpan(0, 26, 1, 1));
    }

    [Fact]
    public void Explain_takes_a_union_but_not_a_schema_command()
    {
        CypherParser.ParseStatement("EXPLAIN RETURN 1 AS x UNION RETURN 2 AS x").Should().BeOfType<ExplainStatement>()
            .Which.Query.Should().BeOfType<UnionQuery>();
        Parse.Error(() => CypherParser.ParseStatement("EXPLAIN CREATE INDEX FOR (n:L) ON (n.p)"));
    }

    [Fact]
    public void Profile_wraps_the_query_that_follows_the_preparser_options()
    {
        var profile = CypherParser.ParseStatement("CYPHER 5 PROFILE MATCH (n) RETURN n").Should().BeOfType<ProfileStatement>().Subject;
        profile.Query.Should().BeOfType<SingleQuery>();
        profile.Span.Column.Should().Be(10);
        Parse.Error(() => CypherParser.ParseStatement("PROFILE CREATE INDEX FOR (n:L) ON (n.p)"));
    }
}
