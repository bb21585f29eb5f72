using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Listing;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// What the API says about the evidence of a fact: every date at its precision (PartialDate, and the date fields of
/// entities, relationships, graph nodes and timeline items that return one), and whether a node, relationship or
/// citation is stated by its source or inferred (<c>inferred</c>, <c>inferenceNote</c>).
/// </summary>
internal sealed partial class ExplorerResolvers
{
    /// <summary>The object types with <c>inferred</c> and <c>inferenceNote</c> besides the entity types.</summary>
    private static readonly string[] InferableTypes =
        ["Citation", "RoleHolding", "AgreementParty", "Participation", "Twinning", "EventInvolvementEdge", "GraphNode", "GraphEdge"];

    private static void BindEvidence(SchemaBuilder builder)
    {
        foreach (var type in EntityObjectTypes.Concat(InferableTypes))
        {
            Field(builder, type, "inferred", context => InferenceOf(context).Inferred);
            Field(builder, type, "inferenceNote", context => InferenceOf(context).Note);
        }

        BindPartialDate(builder);
        Field(builder, "Agreement", "signed", context => EntityDate(Entity(context), "signedDate", "signedDatePrecision"));
        Field(builder, "Event", "start", context => EntityDate(Entity(context), "startDate", "datePrecision"));
        Field(builder, "Event", "end", context => PartialDate.Read(Entity(context)["endDate"], Entity(context)["datePrecision"]));
        // A source's dates are day-precise when stated ("Mis à jour le 04/11/2025"); its dateNote says how it was dated.
        Field(builder, "Source", "published", context => PartialDate.Read(Entity(context)["publishedDate"], PartialDate.Day, note: Entity(context)["dateNote"]));
        Field(builder, "Source", "updated", context => PartialDate.Read(Entity(context)["updatedDate"], PartialDate.Day, note: Entity(context)["dateNote"]));

        Field(builder, "RoleHolding", "since", context => SourceAs<RoleHolding>(context).SinceDate?.Value);
        Field(builder, "RoleHolding", "until", context => SourceAs<RoleHolding>(context).UntilDate?.Value);
        Field(builder, "Twinning", "since", context => SourceAs<Twinning>(context).SinceDate?.Value);

        Field(builder, "GraphEdge", "since", context => SourceAs<GraphEdge>(context).Since);
        Field(builder, "GraphEdge", "until", context => SourceAs<GraphEdge>(context).Until);
        Field(builder, "GraphEdge", "asOf", context => SourceAs<GraphEdge>(context).AsOf);
        Field(builder, "GraphNode", "start", context => SourceAs<GraphNode>(context).Start);
        Field(builder, "GraphNode", "end", context => SourceAs<GraphNode>(context).End);
        Field(builder, "GraphNode", "sourceCount", context => SourceAs<GraphNode>(context).SourceCount);
        Field(builder, "TimelineItem", "start", context => SourceAs<TimelineItem>(context).Start);
        Field(builder, "TimelineItem", "end", context => SourceAs<TimelineItem>(context).End);
    }

    private static void BindPartialDate(SchemaBuilder builder)
    {
        const string type = "PartialDate";
        Field(builder, type, "precision", context => KindMaps.Precision.ToEnum(SourceAs<PartialDate>(context).Precision) ?? "DAY");
        Field(builder, type, "qualifier", context => KindMaps.DateQualifier.ToEnum(SourceAs<PartialDate>(context).Qualifier));
    }

    /// <summary>A date of an entity with its precision and the entity's dateQualifier, dateText and dateNote.</summary>
    internal static PartialDate? EntityDate(EntityRecord entity, string date, string precision) =>
        PartialDate.Read(entity[date], entity[precision], entity["dateQualifier"], entity["dateText"], entity["dateNote"]);

    private static Inference InferenceOf(IResolveContext context) => context.Source switch
    {
        EntityRecord entity => Inference.Of(entity.Properties),
        Citation citation => citation.Inference ?? Inference.Stated,
        RoleHolding role => role.Inference,
        AgreementParty party => party.Inference,
        Participation participation => participation.Inference,
        Twinning twinning => twinning.Inference,
        ConnectionEdge edge => Inference.OfAll(edge.Links.Select(l => Inference.Of(l.Properties))),
        GraphNode node => node.Inference,
        GraphEdge edge => Inference.Of(edge.Properties),
        var other => throw new InvalidOperationException(
            $"{context.ParentType.Name}.{context.FieldDefinition.Name} cannot tell whether a {other?.GetType().Name ?? "null"} is inferred."),
    };
}
