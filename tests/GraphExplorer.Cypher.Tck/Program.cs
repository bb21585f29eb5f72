using GraphExplorer.Cypher.Tck.Runner;

// The openCypher TCK runner against the embedded engine; see README.md next to this file.
return await RunnerApp.RunAsync(args, Console.Out, Console.Error, EmbeddedEngine.CreateInMemory, EmbeddedEngine.Procedures);
