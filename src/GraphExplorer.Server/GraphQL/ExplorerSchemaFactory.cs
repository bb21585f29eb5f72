using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Server.GraphQL;

/// <summary>Builds the explorer's schema from the application's SDL (src/GraphExplorer.Application/Api/schema.graphql).</summary>
internal static class ExplorerSchemaFactory
{
    public static Schema Create(IServiceProvider services)
    {
        var assembly = typeof(GraphExplorer.Application.Loading.ScriptLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream("GraphExplorer.Application.Api.schema.graphql")
            ?? throw new InvalidOperationException("The application's GraphQL schema resource is missing.");
        using var reader = new StreamReader(stream);
        return SchemaBuilder.FromSdl(reader.ReadToEnd()).AddDateScalars().Build();
    }
}
