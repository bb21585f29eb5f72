using GraphExplorer.Application.Api;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// Builds the explorer's schema (src/GraphExplorer.Application/Api) over the server's database. Steward keys come from
/// the <c>Stewards</c> configuration section (hashed entries, see <see cref="StewardKeyHasher"/>); a signed-in user with
/// the steward role (<c>Access:StewardRole</c>) may change data too; with neither, every mutation is refused.
/// </summary>
internal static class ExplorerSchemaFactory
{
    public static Schema Create(IServiceProvider services)
    {
        var database = services.GetRequiredService<IGraphDatabase>();
        return ExplorerSchema.Create(
            database,
            services.GetRequiredService<StewardKeyVerifier>(),
            context => (context as GraphQLCaller)?.PresentedKey,
            services.GetRequiredService<ChangeFeed>(),
            context => (context as GraphQLCaller)?.User,
            services.GetRequiredService<GraphExplorer.Application.Listing.CursorCodec>(),
            services.GetService<GraphExplorer.Server.Access.VisibilityPolicy>()?.Levels);
    }
}
