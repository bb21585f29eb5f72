using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Query.paths and Query.connections (ranked paths with "no documented link") and Query.partners (the derived partners view).</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindPathsAndPartners(SchemaBuilder builder)
    {
        Field(builder, "Query", "paths", async context => (await ConnectionsAsync(context)).Paths);
        Field(builder, "Query", "connections", async context => await ConnectionsAsync(context));
        Field(builder, "Query", "partners", async context => await partners.PartnersAsync(
            RequiredString(context, "id"),
            IntArgument(context, "first", 20),
            context.CancellationToken));
        Field(builder, "Partner", "agreementCount", context => SourceAs<PartnerLink>(context).Agreements.Count);
        Field(builder, "Partner", "eventCount", context => SourceAs<PartnerLink>(context).Events.Count);
    }

    private async Task<PathAnswer> ConnectionsAsync(IResolveContext context)
    {
        var filter = Filter(context);
        var answer = await paths.ConnectionsAsync(
            RequiredString(context, "from"),
            RequiredString(context, "to"),
            IntArgument(context, "maxLength", 6),
            filter,
            IntArgument(context, "first", 5),
            Through(context),
            context.CancellationToken);
        return AsOfMarks.Mark(TieFilter.Apply(answer, filter), filter?.AsOf);
    }

    /// <summary>The reference types a path may pass through (<c>through</c>); none when absent.</summary>
    private static List<EntityType> Through(IResolveContext context) =>
        Strings(context.Arguments.GetValueOrDefault("through"))?.Select(KindMaps.ParseEntityType).ToList() ?? [];
}
