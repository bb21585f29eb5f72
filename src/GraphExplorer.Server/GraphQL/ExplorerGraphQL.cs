using GraphExplorer.Application.Api;
using GraphExplorer.GraphQL.Execution;
using GraphExplorer.GraphQL.Validation;
using GraphExplorer.Server.Access;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Server.GraphQL;

/// <summary>Composes the explorer's GraphQL engine: the application's schema with the configured protections.</summary>
internal static class ExplorerGraphQL
{
    public static GraphQLEngine CreateEngine(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("GraphExplorer.GraphQL");
        var schema = ExplorerSchemaFactory.Create(services);
        return new GraphQLEngine(schema, new GraphQLEngineOptions
        {
            Validation = ValidationOptions.Default with
            {
                MaxDepth = options.MaxDepth,
                IntrospectionEnabled = options.IntrospectionEnabled,
            },
            Execution = ExecutionOptions.Default with
            {
                Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
                MaxCost = options.MaxCost,
                OnUnexpectedError = error => logger.LogError(
                    error.Exception,
                    "Unexpected GraphQL resolver error {CorrelationId} at {Path}",
                    error.CorrelationId,
                    string.Join('.', error.Path)),
            },
        });
    }

    /// <summary>What resolvers know of the caller: the presented steward key, checked by the application when it writes,
    /// and the user the identity provider authenticated.</summary>
    public static object? RequestContext(HttpContext http) =>
        new GraphQLCaller(
            BearerCredential.StewardKey(http.Request),
            http.TraceIdentifier,
            SignedInUsers.Of(http, http.RequestServices.GetRequiredService<AccessSettings>()));
}

/// <summary>The caller of one GraphQL request: the steward key it presented (if any), the request's trace id, and the
/// signed-in user (if any).</summary>
public sealed record GraphQLCaller(string? PresentedKey, string TraceId, SignedInUser? User = null);
