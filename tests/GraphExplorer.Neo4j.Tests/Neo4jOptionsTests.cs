namespace GraphExplorer.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public void ToString_redacts_the_password()
    {
        var options = new Neo4jOptions { Password = "hunter2-very-secret" };
        options.ToString().Should().NotContain("hunter2-very-secret").And.Contain("Password = ***").And.Contain("http://localhost:7474");
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("neo4j://localhost:7687")]
    [InlineData("ftp://localhost")]
    public void Rejects_non_http_uris_with_a_hint(string uri) =>
        FluentActions.Invoking(() => new Neo4jOptions { Uri = new Uri(uri) }.Validate())
            .Should().Throw<ArgumentException>().WithMessage("*http://*bolt://*");

    [Fact]
    public void Accepts_https() => new Neo4jOptions { Uri = new Uri("https://x.databases.neo4j.io") }.Validate();

    [Fact]
    public void Rejects_negative_retries() =>
        FluentActions.Invoking(() => new Neo4jOptions { MaxRetries = -1 }.Validate())
            .Should().Throw<ArgumentException>().WithMessage("*MaxRetries*");

    [Fact]
    public void Rejects_an_empty_database() =>
        FluentActions.Invoking(() => new Neo4jOptions { Database = " " }.Validate())
            .Should().Throw<ArgumentException>().WithMessage("*Database*");

    [Fact]
    public void Rejects_credentials_in_the_uri_without_repeating_them() =>
        FluentActions.Invoking(() => new Neo4jOptions { Uri = new Uri("http://neo4j:pa55word@localhost:7474") }.Validate())
            .Should().Throw<ArgumentException>()
            .Where(e => !e.Message.Contains("pa55word", StringComparison.Ordinal))
            .WithMessage("*User and Password*");

    [Fact]
    public void ToString_redacts_credentials_in_the_uri() =>
        new Neo4jOptions { Uri = new Uri("http://neo4j:pa55word@localhost:7474") }.ToString()
            .Should().NotContain("pa55word").And.Contain("http://***@localhost:7474/");
}
