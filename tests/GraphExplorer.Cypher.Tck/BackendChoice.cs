using GraphExplorer.Cypher.Tck.Execution;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Cypher.Tck.Runner;

/// <summary>
/// The database factory and procedure registrar for the backend the runner's options name. Test procedures can only be
/// installed in the embedded engine, so on the other backends the scenarios that declare one are skipped (the executor
/// says so). Each scenario gets a new database; on Neo4j that is a <c>CREATE DATABASE</c>, so a whole run is slow there.
/// </summary>
internal static class BackendChoice
{
    /// <param name="importDirectory">Where LOAD CSV reads files on the embedded engine; another backend reads its server's.</param>
    public static Func<IGraphDatabase> DatabaseFactory(TestBackendKind backend, string? importDirectory) => backend == TestBackendKind.Embedded
        ? () => EmbeddedEngine.CreateInMemory(importDirectory)
        : () => Task.Run(() => TestBackend.CreateDatabaseAsync(backend)).GetAwaiter().GetResult();

    public static IProcedureRegistrar? Procedures(TestBackendKind backend) =>
        backend == TestBackendKind.Embedded ? EmbeddedEngine.Procedures : null;
}
