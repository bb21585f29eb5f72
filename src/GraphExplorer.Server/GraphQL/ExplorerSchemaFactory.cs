using GraphExplorer.Application.Api;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Server.GraphQL;

/// <summary>
/// Builds the explorer's schema (src/GraphExplorer.Application/Api) over the server's database. Steward keys come from
/// the <c>Stewards</c> configuration section (hashed entries, see <see cref="StewardKeyHasher"/>); a signed-in user with
/// the steward role (<c>Access:StewardRole</c>) may change data too; with neither, every mutation is refused.
/// <c>Lifecycle:DormantAfterYears</c> sets when an agreement is dormant, <c>Lifecycle:ExpiringWithinMonths</c> when
/// an expiry or renewal date is near (see <see cref="LifecycleOptions"/>).
/// </summary>
internal static class ExplorerSchemaFactory
{
    private const string Setting = "Lifecycle:DormantAfterYears";
    private const string ExpiringSetting = "Lifecycle:ExpiringWithinMonths";

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
            services.GetService<GraphExplorer.Server.Access.VisibilityPolicy>()?.Levels,
            Lifecycle(services.GetRequiredService<IConfiguration>()));
    }

    private static LifecycleOptions Lifecycle(IConfiguration configuration)
    {
        var years = configuration.GetValue(Setting, LifecycleOptions.DefaultDormantAfterYears);
        var months = configuration.GetValue(ExpiringSetting, LifecycleOptions.DefaultExpiringWithinMonths);
        if (months < 1)
        {
            throw new InvalidOperationException($"{ExpiringSetting} must be 1 or more (months ahead an expiry or renewal date is near), got {months}.");
        }

        return years >= 1
            ? new LifecycleOptions(years, months)
            : throw new InvalidOperationException($"{Setting} must be 1 or more (years without cited activity), got {years}.");
    }
}
