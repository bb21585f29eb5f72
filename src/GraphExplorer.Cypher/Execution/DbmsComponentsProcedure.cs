using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// <c>CALL dbms.components()</c>: what Neo4j's drivers, cypher-shell and @neo4j/graphql call first to learn the server's
/// version and edition (https://neo4j.com/docs/operations-manual/current/procedures/#procedure_dbms_components).
/// Answers one row, as Neo4j does: name "Neo4j Kernel", the versions and the edition of <see cref="Neo4jCompatibility"/>.
/// </summary>
internal static class DbmsComponentsProcedure
{
    public static ProcedureDefinition Definition { get; } = new(
        "dbms.components",
        [],
        [("name", "STRING?"), ("versions", "LIST? OF STRING?"), ("edition", "STRING?")],
        (_, _) => [["Neo4j Kernel", new List<object?> { Neo4jCompatibility.KernelVersion }, Neo4jCompatibility.Edition]]);
}
