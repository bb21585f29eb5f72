namespace GraphExplorer.Database;

/// <summary>
/// The Neo4j this product presents itself as to Neo4j's own software (drivers, cypher-shell, @neo4j/graphql), which
/// check the version before using a feature. 5.26 is the Cypher 5 long-term-support release whose dialect the embedded
/// engine follows; libraries such as @neo4j/graphql 7 refuse servers older than 5.23.
/// </summary>
public static class Neo4jCompatibility
{
    /// <summary>The version reported by <c>dbms.components()</c> and in the Bolt server agent ("Neo4j/5.26.0").</summary>
    public const string KernelVersion = "5.26.0";

    /// <summary>The edition reported by <c>dbms.components()</c>: one database, no clustering, no role-based access.</summary>
    public const string Edition = "community";

    /// <summary>The name of the one database this product serves, as Neo4j names its default database.</summary>
    public const string DefaultDatabase = "neo4j";
}
