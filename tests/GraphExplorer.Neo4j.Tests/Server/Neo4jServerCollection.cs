namespace GraphExplorer.Neo4j.Tests.Server;

/// <summary>The tests sharing one <see cref="Neo4jServerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jServerCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "Neo4j server";
}
