using GraphExplorer.Neo4j.Errors;

namespace GraphExplorer.Neo4j.Tests.Errors;

public sealed class Neo4jStatusCodeTests
{
    [Fact]
    public void Splits_a_code_into_its_parts()
    {
        var code = Neo4jStatusCode.Parse("Neo.ClientError.Statement.SyntaxError");
        (code.Classification, code.Category, code.Title).Should().Be(("ClientError", "Statement", "SyntaxError"));
        code.IsClientError.Should().BeTrue();
        code.IsTransientError.Should().BeFalse();
    }

    [Fact]
    public void Treats_a_missing_code_as_an_unknown_database_error() =>
        Neo4jStatusCode.Parse(null).IsDatabaseError.Should().BeTrue();

    [Fact]
    public void Keeps_a_foreign_code_whole_as_its_title() =>
        Neo4jStatusCode.Parse("22N01").Title.Should().Be("22N01");
}
