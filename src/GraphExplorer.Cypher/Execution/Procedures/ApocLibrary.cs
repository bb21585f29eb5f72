using GraphExplorer.Cypher.Execution.Functions;

namespace GraphExplorer.Cypher.Execution.Procedures;

/// <summary>
/// The subset of APOC this engine provides (listed in the engine's README), registered beside the built-in
/// procedures and functions so that Neo4j's libraries (@neo4j/graphql) and deployments relying on APOC Core run.
/// </summary>
internal static class ApocLibrary
{
    public static IEnumerable<ProcedureDefinition> Procedures => [ApocUtil.Validate];

    public static IEnumerable<FunctionDefinition> Functions =>
        [ApocUtil.ValidatePredicate, ApocDate.ConvertFormat, .. ApocCollections.All, .. ApocText.All, .. ApocMaps.All];
}
