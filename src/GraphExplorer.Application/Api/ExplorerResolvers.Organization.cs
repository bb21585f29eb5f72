using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Listing;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Organization and RoleHolding.</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindOrganization(SchemaBuilder builder)
    {
        const string type = "Organization";
        Kind(builder, type, KindMaps.Organization);
        StringList(builder, type, "aliases");
        // Seeds keep the official Japanese name in nameJa; stewards write nameOriginal.
        Field(builder, type, "nameOriginal", context => Entity(context)["nameOriginal"] as string ?? Entity(context)["nameJa"] as string);
        Property(builder, type, "description");
        Property(builder, type, "website");
        Field(builder, type, "country", async context => await LoadCountryAsync(context, Entity(context).Id));
        Field(builder, type, "places", async context => (await LoadRelatedAsync(context, Entity(context).Id))
            .Where(r => r.Outgoing && r.Type is "LOCATED_IN" or "HAS_PRESENCE_IN" && r.Other.Type == EntityType.Place)
            .Select(r => r.Other)
            .DistinctBy(p => p.Id)
            .ToList());
        Field(builder, type, "sectors", context => RelatedEntitiesAsync(context, "IN_SECTOR", outgoing: true, EntityType.Sector));
        Field(builder, type, "agreements", context => NestedListAsync(context, ListScope.AgreementsOfParty));
        Field(builder, type, "events", context => NestedListAsync(context, ListScope.EventsOfParticipant));
        Field(builder, type, "facts", context => NestedListAsync(context, ListScope.FactsAbout));
        Field(builder, type, "people", async context =>
        {
            var organization = Entity(context);
            return (await RelatedAsync(context, "HOLDS_ROLE", outgoing: false, EntityType.Person)).Select(r => Role(r.Other, organization, r)).ToList();
        });
    }

    private void BindPerson(SchemaBuilder builder)
    {
        const string type = "Person";
        StringList(builder, type, "aliases");
        Field(builder, type, "roles", async context =>
        {
            var person = Entity(context);
            return (await RelatedAsync(context, "HOLDS_ROLE", outgoing: true, EntityType.Organization)).Select(r => Role(person, r.Other, r)).ToList();
        });
        Field(builder, type, "agreements", context => NestedListAsync(context, ListScope.AgreementsOfParty));
        Field(builder, type, "events", context => NestedListAsync(context, ListScope.EventsOfParticipant));
    }

    private static RoleHolding Role(EntityRecord person, EntityRecord organization, RelatedEntity relationship) =>
        new(
            person,
            organization,
            relationship.Properties.GetValueOrDefault("title") as string ?? "",
            PartialDate.OfRelationship(relationship.Properties, "since"),
            PartialDate.OfRelationship(relationship.Properties, "until"),
            PartialDate.OfRelationship(relationship.Properties, "asOf"),
            relationship.Citations,
            Inference.Of(relationship.Properties));
}
