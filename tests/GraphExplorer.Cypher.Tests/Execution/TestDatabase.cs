using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Execution;

/// <summary>Runs queries against a fresh in-memory database and reads results as plain values.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public TestDatabase(EmbeddedDatabaseOptions? options = null) => Database = EmbeddedGraphDatabase.CreateInMemory(options);

    public EmbeddedGraphDatabase Database { get; }

    public QueryResult Run(string cypher, object? parameters = null)
    {
        var session = Database.OpenSession();
        return session.RunAsync(cypher, ToMap(parameters)).GetAwaiter().GetResult();
    }

    /// <summary>The single column of every row.</summary>
    public List<object?> Column(string cypher, object? parameters = null) => Run(cypher, parameters).Select(r => r[0]).ToList();

    public object? Scalar(string cypher, object? parameters = null)
    {
        var result = Run(cypher, parameters);
        result.Should().HaveCount(1, "the query {0} should return one row", cypher);
        return result[0][0];
    }

    public CypherException Fails(string cypher, object? parameters = null)
    {
        var act = () => Run(cypher, parameters);
        return act.Should().Throw<CypherException>().Which;
    }

    private static IReadOnlyDictionary<string, object?>? ToMap(object? parameters) => parameters switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map,
        _ => parameters.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(parameters)),
    };

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
