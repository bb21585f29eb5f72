using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Listing;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Event and Participation.</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindEvent(SchemaBuilder builder)
    {
        const string type = "Event";
        Kind(builder, type, KindMaps.Event);
        Property(builder, type, "startDate");
        Property(builder, type, "endDate");
        Field(builder, type, "datePrecision", context => KindMaps.Precision.ToEnum(Entity(context)["datePrecision"] as string));
        Property(builder, type, "dateNote");
        Field(builder, type, "places", context => RelatedEntitiesAsync(context, "LOCATED_IN", outgoing: true, EntityType.Place));
        Field(builder, type, "partOf", context => FirstRelatedAsync(context, "PART_OF", outgoing: true, EntityType.Event));
        Field(builder, type, "parts", context => RelatedEntitiesAsync(context, "PART_OF", outgoing: false, EntityType.Event));
        Field(builder, type, "participants", async context => (await RelatedAsync(context, "PARTICIPATED_IN", outgoing: false))
            .Select(r => new Participation(r.Other, r.Properties.GetValueOrDefault("role") as string, r.Citations, Inference.Of(r.Properties)))
            .ToList());
        Field(builder, type, "organizers", context => RelatedEntitiesAsync(context, "ORGANIZED", outgoing: false));
        Field(builder, type, "agreementsSigned", context => RelatedEntitiesAsync(context, "SIGNED_AT", outgoing: false, EntityType.Agreement));
        Field(builder, type, "sectors", context => RelatedEntitiesAsync(context, "IN_SECTOR", outgoing: true, EntityType.Sector));
        Field(builder, type, "facts", context => NestedListAsync(context, ListScope.FactsAbout));
    }
}
