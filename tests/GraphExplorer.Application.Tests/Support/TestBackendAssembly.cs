using GraphExplorer.TestSupport.Backends;

// The suite runs on the backend GRAPHEXPLORER_TEST_BACKEND chooses (embedded, queryapi or neo4j), and is reported as
// skipped, with the reason, when that backend cannot run here.
[assembly: TestFramework(BackendTestFramework.TypeName, BackendTestFramework.AssemblyName)]
