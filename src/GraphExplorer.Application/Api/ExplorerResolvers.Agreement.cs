using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Agreement, AgreementParty and AgreementLifecycleStep.</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindAgreement(SchemaBuilder builder)
    {
        const string type = "Agreement";
        Field(builder, type, "title", context => Entity(context)["title"] as string ?? Entity(context).Name);
        Kind(builder, type, KindMaps.Agreement);
        Property(builder, type, "signedDate");
        Field(builder, type, "signedDatePrecision", context => KindMaps.Precision.ToEnum(Entity(context)["signedDatePrecision"] as string));
        Property(builder, type, "dateNote");
        Property(builder, type, "counterpartyNote");
        Property(builder, type, "status");
        Field(builder, type, "statusLabels", context => Entity(context)["status"] is string status ? CodeLabels.Status(status) : null);
        Property(builder, type, "summary");
        Field(builder, type, "parties", async context => (await RelatedAsync(context, "PARTY_TO", outgoing: false))
            .Select(r => new AgreementParty(r.Other, r.Properties.GetValueOrDefault("role") as string, r.Citations, Inference.Of(r.Properties)))
            .ToList());
        Field(builder, type, "sectors", context => RelatedEntitiesAsync(context, "IN_SECTOR", outgoing: true, EntityType.Sector));
        Field(builder, type, "implements", context => RelatedEntitiesAsync(context, "IMPLEMENTS", outgoing: true, EntityType.Agreement));
        Field(builder, type, "buildsOn", context => RelatedEntitiesAsync(context, "BUILDS_ON", outgoing: true, EntityType.Agreement));
        Field(builder, type, "implementedBy", async context => (await RelatedAsync(context, "IMPLEMENTS", outgoing: false, EntityType.Agreement))
            .Concat(await RelatedAsync(context, "BUILDS_ON", outgoing: false, EntityType.Agreement))
            .Select(r => r.Other)
            .DistinctBy(a => a.Id)
            .ToList());
        Field(builder, type, "reinforcedBy", context => RelatedEntitiesAsync(context, "REINFORCED_BY", outgoing: true, EntityType.Agreement));
        Field(builder, type, "signedAt", context => FirstRelatedAsync(context, "SIGNED_AT", outgoing: true, EntityType.Event));
        Field(builder, type, "lifecycle", async context => await LoadLifecycleAsync(context, Entity(context).Id));
        Field(builder, "GraphNode", "lifecycle", async context => SourceAs<GraphNode>(context) is { EntityType: EntityType.Agreement } node
            ? await LoadLifecycleAsync(context, node.Id)
            : null);
        Field(builder, "AgreementLifecycleStep", "status", context => SourceAs<AgreementLifecycleStep>(context).Status.ToUpperInvariant());
    }
}
