using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Introspection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// <c>GET /graphql/possible-types.json</c>: Apollo Client's <c>possibleTypes</c> for this schema (see
/// <see cref="PossibleTypes"/>), generated from the schema the server runs, so it cannot fall behind it. It tells what
/// introspection tells, so it is served only while introspection is enabled (404 otherwise).
/// </summary>
internal static class PossibleTypesEndpoint
{
    public const string Path = "/graphql/possible-types.json";

    public static void Map(WebApplication app) => app.MapGet(Path, (HttpContext http) =>
    {
        if (!http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.IntrospectionEnabled)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-cache";
        return Results.Json(PossibleTypes.Of(http.RequestServices.GetRequiredService<GraphQLEngine>().Schema));
    });
}
