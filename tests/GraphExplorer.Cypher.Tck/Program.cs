using GraphExplorer.Cypher.Tck.Runner;

// The openCypher TCK runner, against the embedded engine unless --backend (or GRAPHEXPLORER_TEST_BACKEND) says
// otherwise; see README.md next to this file.
return await RunnerApp.RunAsync(args, Console.Out, Console.Error, BackendChoice.DatabaseFactory, BackendChoice.Procedures);
