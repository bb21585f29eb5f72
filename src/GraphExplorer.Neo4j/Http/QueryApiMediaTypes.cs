namespace GraphExplorer.Neo4j.Http;

/// <summary>Media types and headers of the Query API.</summary>
internal static class QueryApiMediaTypes
{
    /// <summary>
    /// Typed JSON for request bodies. The unversioned name is understood by every server with the Query API (5.23+);
    /// v1.0 is its alias and v1.1 (Neo4j 2025.11) only adds result types (Vector, Unsupported), none of which a parameter uses.
    /// </summary>
    public const string TypedJson = "application/vnd.neo4j.query";

    /// <summary>Typed JSON v1.1 for answers, preferred; servers older than 2025.11 pick the unversioned type instead.</summary>
    public const string TypedJsonV11 = "application/vnd.neo4j.query.v1.1";

    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";
}
