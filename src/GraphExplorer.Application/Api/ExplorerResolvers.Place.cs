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
            .Select(r => new Twinning(r.Other, PartialDate.OfRelationship(r.Properties, "since"), r.Citations, Inference.Of(r.Properties)))
            .ToList());
        Field(builder, type, "organizations", context => NestedListAsync(context, ListScope.OrganizationsInPlace));
        Field(builder, type, "events", context => NestedListAsync(context, ListScope.EventsInPlace));
        Field(builder, type, "facts", context => NestedListAsync(context, ListScope.FactsAbout));
    }

    private void BindSector(SchemaBuilder builder)
    {
        const string type = "Sector";
        Property(builder, type, "nameFr");
        Field(builder, type, "organizations", context => NestedListAsync(context, ListScope.OrganizationsInSector));
        Field(builder, type, "agreements", context => NestedListAsync(context, ListScope.AgreementsInSector));
        Field(builder, type, "facts", context => NestedListAsync(context, ListScope.FactsInSector));
    }
}
