using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Listing;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Place, Twinning and Sector.</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindPlace(SchemaBuilder builder)
    {
        const string type = "Place";
        Kind(builder, type, KindMaps.Place);
        Property(builder, type, "nameOriginal");
        Field(builder, type, "partOf", context => FirstRelatedAsync(context, "PART_OF", outgoing: true, EntityType.Place));
        Field(builder, type, "twinnedWith", async context => (await LoadRelatedAsync(context, Entity(context).Id))
            .Where(r => r.Type == "TWINNED_WITH")
            .Select(r => new Twinning(r.Other, AsDate(r.Properties.GetValueOrDefault("since")), r.Citations))
            .ToList());
        Field(builder, type, "organizations", context => ListAsync(context, EntityType.Organization, KindMaps.Organization, new EntityWhere { Country = Entity(context).Id }));
        Field(builder, type, "events", context => ListAsync(context, EntityType.Event, KindMaps.Event, new EntityWhere { Place = Entity(context).Id }));
    }

    private void BindSector(SchemaBuilder builder)
    {
        const string type = "Sector";
        Property(builder, type, "nameFr");
        Field(builder, type, "organizations", context => ListAsync(context, EntityType.Organization, KindMaps.Organization, new EntityWhere { Sector = Entity(context).Id }));
        Field(builder, type, "agreements", context => ListAsync(context, EntityType.Agreement, KindMaps.Agreement, new EntityWhere { Sector = Entity(context).Id }));
    }
}
