using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Agreement.dormancy and GraphNode.dormancy: whether an agreement sleeps, derived from its cited activity
/// (<see cref="AgreementDormancy"/>) over the configured period (<see cref="LifecycleOptions"/>), judged on today's date (UTC).</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindDormancy(SchemaBuilder builder)
    {
        Field(builder, "Agreement", "dormancy", async context => await LoadDormancyAsync(context, Entity(context).Id));
        Field(builder, "GraphNode", "dormancy", async context => SourceAs<GraphNode>(context) is { EntityType: EntityType.Agreement } node
            ? await LoadDormancyAsync(context, node.Id)
            : null);
        Field(builder, "AgreementDormancy", "lastActivity", context => SourceAs<AgreementDormancy>(context).LastActivity);
        Field(builder, "AgreementActivity", "kind", context => SourceAs<AgreementActivity>(context).Kind switch
        {
            AgreementActivityKind.Signed => "SIGNED",
            AgreementActivityKind.State => "STATE",
            AgreementActivityKind.Event => "EVENT",
            AgreementActivityKind.Effective => "EFFECTIVE",
            _ => "RELATED_AGREEMENT",
        });
        Field(builder, "AgreementActivity", "status", context => SourceAs<AgreementActivity>(context).Status?.ToUpperInvariant());
        Field(builder, "AgreementActivity", "entity", async context => SourceAs<AgreementActivity>(context).EntityId is { } id ? await LoadEntityAsync(context, id) : null);
    }

    private Task<AgreementDormancy?> LoadDormancyAsync(IResolveContext context, string id) =>
        Loader<string, AgreementDormancy>(context, "dormancy", async (keys, ct) =>
            await new AgreementActivities(database).DormancyAsync([.. keys], lifecycle.DormantAfterYears, DateOnly.FromDateTime(DateTime.UtcNow), ct))
            .LoadAsync(id);
}
