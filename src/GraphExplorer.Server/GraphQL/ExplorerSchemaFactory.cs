using GraphExplorer.Application.Api;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// Builds the explorer's schema (src/GraphExplorer.Application/Api) over the server's database. Steward keys come from
/// the <c>Stewards</c> configuration section (hashed entries, see <see cref="StewardKeyHasher"/>); with none configured
/// every mutation is refused.
/// </summary>
internal static class ExplorerSchemaFactory
{
    public static Schema Create(IServiceProvider services)
    {
        var database = services.GetRequiredService<IGraphDatabase>();
        var settings = services.GetRequiredService<IConfiguration>().GetSection(StewardSettings.Section).Get<StewardSettings>() ?? new StewardSettings();
        return ExplorerSchema.Create(database, new StewardKeyVerifier(settings.Keys), context => (context as GraphQLCaller)?.PresentedKey,
            services.GetRequiredService<ChangeFeed>());
    }
}
