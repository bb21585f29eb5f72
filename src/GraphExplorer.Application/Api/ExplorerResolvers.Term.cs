using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Agreement.effective, .expires, .renewalDue and .term (and GraphNode.term and .latestState): the dates of an agreement's term
/// as its sources give them, and what they mean today (<see cref="AgreementTerm"/>) over the configured window
/// (<see cref="LifecycleOptions.ExpiringWithinMonths"/>), judged on today's date (UTC).</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindTerm(SchemaBuilder builder)
    {
        Field(builder, "Agreement", "effective", context => AgreementTerms.TermDate(Entity(context).Properties, "effective"));
        Field(builder, "Agreement", "expires", context => AgreementTerms.TermDate(Entity(context).Properties, "expiry"));
        Field(builder, "Agreement", "renewalDue", context => AgreementTerms.TermDate(Entity(context).Properties, "renewal"));
        Field(builder, "Agreement", "term", async context => await LoadTermAsync(context, Entity(context).Id));
        Field(builder, "GraphNode", "term", async context => SourceAs<GraphNode>(context) is { EntityType: EntityType.Agreement } node
            ? await LoadTermAsync(context, node.Id)
            : null);
        Field(builder, "GraphNode", "latestState", async context => SourceAs<GraphNode>(context) is { EntityType: EntityType.Agreement } node
            && await LoadLifecycleAsync(context, node.Id) is { Count: > 0 } steps
                ? steps[^1]
                : null);
        Field(builder, "AgreementTerm", "status", context => SourceAs<AgreementTerm>(context).Status switch
        {
            AgreementTermStatus.Expired => "EXPIRED",
            AgreementTermStatus.Expiring => "EXPIRING",
            _ => "RENEWAL_DUE",
        });
    }

    private Task<AgreementTerm?> LoadTermAsync(IResolveContext context, string id) =>
        Loader<string, AgreementTerm>(context, "term", async (keys, ct) =>
            await new AgreementTerms(database).TermsAsync([.. keys], lifecycle.ExpiringWithinMonths, DateOnly.FromDateTime(DateTime.UtcNow), ct))
            .LoadAsync(id);
}
