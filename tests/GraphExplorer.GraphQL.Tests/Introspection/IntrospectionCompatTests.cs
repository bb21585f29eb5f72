using GraphExplorer.GraphQL.Introspection;
using GraphExplorer.GraphQL.Tests.TestSupport;

namespace GraphExplorer.GraphQL.Tests.Introspection;

/// <summary>
/// graphql-js (npm, pinned) rebuilds our schema from our introspection result (buildClientSchema + printSchema) and
/// must print exactly what our SchemaPrinter prints.
/// </summary>
public sealed class IntrospectionCompatTests
{
    [RequiresNodeFact]
    public async Task Graphql_js_rebuilds_the_schema_exactly_from_our_introspection()
    {
        var directory = NodeTool.CompatDirectory();
        NodeTool.EnsurePackages(directory);
        var (queryExit, query) = NodeTool.Run(NodeTool.Executable!, ["introspection-query.mjs"], directory);
        queryExit.Should().Be(0, query);

        var schema = CompatSchema.Build();
        var result = await Run.Execute(schema, query);
        result.Errors.Should().BeNull();

        var work = Directory.CreateTempSubdirectory("gql-compat-");
        try
        {
            var introspectionPath = Path.Combine(work.FullName, "introspection.json");
            var sdlPath = Path.Combine(work.FullName, "schema.graphql");
            await File.WriteAllTextAsync(introspectionPath, result.ToJson());
            await File.WriteAllTextAsync(sdlPath, SchemaPrinter.Print(schema));

            var (exit, output) = NodeTool.Run(NodeTool.Executable!, ["compare.mjs", introspectionPath, sdlPath], directory);
            exit.Should().Be(0, output);
            output.Should().StartWith("identical");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
