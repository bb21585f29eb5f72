using GraphExplorer.GraphQL.Conformance;

// The GraphQL spec conformance runner (graphql-js as the reference); see README.md next to this file.
return await RunnerApp.RunAsync(args, Console.Out, Console.Error);
