namespace GraphExplorer.Neo4j.Tests.Support;

/// <summary>Builds a database client against a <see cref="FakeQueryApi"/>.</summary>
public static class TestDatabase
{
    public const string Password = "s3cret-pw";

    public static Neo4jOptions Options(Func<Neo4jOptions, Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = new Uri("http://neo4j.test:7474"),
            Database = "neo4j",
            User = "neo4j",
            Password = Password,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            MaxRetries = 3,
            TransactionKeepAlive = Timeout.InfiniteTimeSpan,
        };
        return configure is null ? options : configure(options);
    }

    public static Neo4jGraphDatabase Create(FakeQueryApi api, Func<Neo4jOptions, Neo4jOptions>? configure = null) =>
        new(Options(configure), api);
}
