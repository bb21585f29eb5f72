using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>The Query root: lookups, search, typed lists and the exploration services.</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindQuery(SchemaBuilder builder)
    {
        // Relay's node(id) answers null for any id it cannot resolve, so that a client's cache refetch of a deleted or
        // foreign id is no error.
        Field(builder, "Query", "node", async context =>
            RequiredString(context, "id") is var id && GraphModel.TypeOfKey(id) is not null ? await LoadEntityAsync(context, id) : null);
        // An id of a known kind that names nothing is null (the client shows "not found"); a string that is not an id
        // at all is an error naming it.
        Field(builder, "Query", "entity", async context => await FindAsync(context));
        Field(builder, "Query", "search", async context => await search.SearchAsync(
            RequiredString(context, "text"),
            Strings(context.Arguments.GetValueOrDefault("types"))?.Select(KindMaps.ParseEntityType).ToList(),
            IntArgument(context, "first", 20),
            Network(context),
            context.CancellationToken));
        Field(builder, "Query", "organizations", context => ListAsync(context, EntityType.Organization));
        Field(builder, "Query", "agreements", context => ListAsync(context, EntityType.Agreement));
        Field(builder, "Query", "events", context => ListAsync(context, EntityType.Event));
        Field(builder, "Query", "people", context => ListAsync(context, EntityType.Person));
        Field(builder, "Query", "facts", context => ListAsync(context, EntityType.Fact));
        Field(builder, "Query", "places", async context => await entities.ListAsync(
            EntityType.Place,
            context.Arguments.GetValueOrDefault("kind") is string kind ? KindMaps.Place.ToStored(kind, "kind") : null,
            context.CancellationToken));
        Field(builder, "Query", "sectors", async context => await entities.ListAsync(EntityType.Sector, null, context.CancellationToken));
        Field(builder, "Query", "sources", async context => await entities.ListAsync(EntityType.Source, null, context.CancellationToken));
        Field(builder, "Query", "neighbourhood", async context =>
        {
            var filter = Filter(context);
            var graph = await neighbourhoods.NeighbourhoodAsync(
                RequiredString(context, "id"), IntArgument(context, "depth", 1), filter, IntArgument(context, "limit", 200), context.CancellationToken);
            return AsOfMarks.Mark(TieFilter.Apply(graph, RequiredString(context, "id"), filter), filter?.AsOf);
        });
        Field(builder, "Query", "timeline", async context => AsOfMarks.Mark(
            await timeline.TimelineAsync(Filter(context), IntArgument(context, "first", 200), context.CancellationToken),
            Filter(context)?.AsOf));
        Field(builder, "Query", "aggregates", async context => await aggregates.AggregatesAsync(Filter(context), context.CancellationToken));
        Field(builder, "Query", "auditTrail", async context =>
        {
            Steward(context, StewardOnly.AuditTrail);
            return await stewardship.AuditTrailAsync(
                context.Arguments.GetValueOrDefault("target") as string,
                IntArgument(context, "first", 50),
                context.CancellationToken);
        });
    }

    private async Task<object?> FindAsync(IResolveContext context)
    {
        var id = RequiredString(context, "id");
        GraphModel.RequireTypeOfKey(id);
        return await LoadEntityAsync(context, id);
    }
}
