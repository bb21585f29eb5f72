using GraphExplorer.Application.Exploration;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>GraphNode, TimelineItem and Aggregates: the exploration results' fields that need a conversion (enum values, dates).</summary>
internal sealed partial class ExplorerResolvers
{
    private static void BindGraph(SchemaBuilder builder)
    {
        Field(builder, "GraphNode", "entityType", context => KindMaps.EntityTypeValue(SourceAs<GraphNode>(context).EntityType));
        Field(builder, "GraphNode", "kind", context => KindLabel(SourceAs<GraphNode>(context).EntityType, SourceAs<GraphNode>(context).Kind));
        Field(builder, "GraphNode", "date", context => SourceAs<GraphNode>(context).Date?.Value);
        Field(builder, "GraphNode", "endDate", context => SourceAs<GraphNode>(context).EndDate?.Value);
        Field(builder, "GraphNode", "location", context => SourceAs<GraphNode>(context).Location);

        Field(builder, "TimelineItem", "type", context => SourceAs<TimelineItem>(context).Type switch
        {
            TimelineItemType.Agreement => "AGREEMENT",
            _ => "EVENT",
        });
        Field(builder, "TimelineItem", "date", context => SourceAs<TimelineItem>(context).Date.Value);
        Field(builder, "TimelineItem", "endDate", context => SourceAs<TimelineItem>(context).EndDate?.Value);
        Field(builder, "TimelineItem", "datePrecision", context => KindMaps.Precision.ToEnum(SourceAs<TimelineItem>(context).DatePrecision));
        Field(builder, "TimelineItem", "kind", context =>
        {
            var item = SourceAs<TimelineItem>(context);
            return KindLabel(item.Entity.Type, item.Kind.Length == 0 ? null : item.Kind) ?? KindMaps.Other;
        });

        // Kind buckets use the enum values (UNIVERSITY, MOU) like every other kind of the API; "unknown" (no kind) stays.
        Field(builder, "Aggregates", "organizationsByKind", context => KindBuckets(SourceAs<Aggregates>(context).OrganizationsByKind, KindMaps.Organization));
        Field(builder, "Aggregates", "agreementsByKind", context => KindBuckets(SourceAs<Aggregates>(context).AgreementsByKind, KindMaps.Agreement));
    }

    private static List<CountBucket> KindBuckets(IReadOnlyList<CountBucket> buckets, KindMap map) =>
        [.. buckets.Select(b => b.Key == AggregateService.Unknown ? b : b with { Key = map.ToEnum(b.Key) ?? b.Key })];
}
