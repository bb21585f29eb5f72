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
    public Task Graphql_js_rebuilds_the_sdl_schema_exactly_from_our_introspection() => Check(CompatSchema.Build());

    [RequiresNodeFact]
    public Task Graphql_js_rebuilds_the_code_first_schema_exactly_from_our_introspection() => Check(CompatSchema.BuildCodeFirst());

    /// <summary>
    /// Field by field, our introspection equals graphql-js's own introspection of the same SDL. Excluded: the
    /// introspection types themselves and @deprecated/@skip/@include/@specifiedBy/@oneOf, where graphql-js 17 ships
    /// experimental additions (directive deprecation, fragment variables, non-null includeDeprecated), and the
    /// Date/DateTime scalars, which our engine implements with descriptions and @specifiedBy URLs.
    /// </summary>
    [RequiresNodeFact]
    public async Task Our_introspection_equals_graphql_js_introspection_of_the_same_sdl()
    {
        var directory = NodeTool.CompatDirectory();
        NodeTool.EnsurePackages(directory);
        var (queryExit, query) = NodeTool.Run(NodeTool.Executable!, ["introspection-query.mjs"], directory);
        queryExit.Should().Be(0, query);
        var result = await Run.Execute(CompatSchema.Build(), query);
        result.Errors.Should().BeNull();

        var work = Directory.CreateTempSubdirectory("gql-compat-");
        try
        {
            var introspectionPath = Path.Combine(work.FullName, "introspection.json");
            var sdlPath = Path.Combine(work.FullName, "schema.graphql");
            var queryPath = Path.Combine(work.FullName, "query.graphql");
            await File.WriteAllTextAsync(introspectionPath, result.ToJson());
            await File.WriteAllTextAsync(sdlPath, CompatSchema.Sdl);
            await File.WriteAllTextAsync(queryPath, query);
            const string excluded = "Date,DateTime,__Schema,__Type,__TypeKind,__Field,__InputValue,__EnumValue,__Directive,__DirectiveLocation,deprecated,include,skip,specifiedBy,oneOf";

            var (exit, output) = NodeTool.Run(NodeTool.Executable!, ["compare-introspection.mjs", introspectionPath, sdlPath, queryPath, excluded], directory);
            exit.Should().Be(0, output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task Check(GraphExplorer.GraphQL.Types.Schema schema)
    {
        var directory = NodeTool.CompatDirectory();
        NodeTool.EnsurePackages(directory);
        var (queryExit, query) = NodeTool.Run(NodeTool.Executable!, ["introspection-query.mjs"], directory);
        queryExit.Should().Be(0, query);

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
