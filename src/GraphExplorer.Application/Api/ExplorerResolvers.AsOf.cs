using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>GraphNode.asOfStanding, TimelineItem.asOfStanding and Query.changes: the network as of a date and what
/// appeared between two (see <see cref="AsOf"/>, <see cref="Appearance"/>).</summary>
internal sealed partial class ExplorerResolvers
{
    private void BindAsOf(SchemaBuilder builder)
    {
        Field(builder, "GraphNode", "asOfStanding", context => StandingValue(SourceAs<GraphNode>(context).StandingAsOf));
        Field(builder, "TimelineItem", "asOfStanding", context => StandingValue(SourceAs<TimelineItem>(context).StandingAsOf));

        // Four whole-graph reads, like gaps: an exploration's weight; its items are sized by `first`.
        builder.SetCost("Query", "changes", ExplorationCost);
        builder.SetListSize("Query", "changes", new ListSize { SlicingArguments = ["first"], SizedFields = ["items"] });
        Field(builder, "Query", "changes", async context => await new DatedChangeService(database).ChangesAsync(
            DateArgument(context.Arguments.GetValueOrDefault("from")) ?? throw new InvalidOperationException("Argument 'from' is required by the schema."),
            DateArgument(context.Arguments.GetValueOrDefault("to")) ?? throw new InvalidOperationException("Argument 'to' is required by the schema."),
            IntArgument(context, "first", 500),
            context.CancellationToken));
        Field(builder, "DatedChange", "kind", context => SourceAs<DatedChange>(context).Kind switch
        {
            DatedChangeKind.Agreement => "AGREEMENT",
            DatedChangeKind.Event => "EVENT",
            DatedChangeKind.PartnerPair => "PARTNER_PAIR",
            _ => "PERSON",
        });
    }

    private static string? StandingValue(AsOfStanding? standing) => standing switch
    {
        AsOfStanding.ByThen => "BY_THEN",
        AsOfStanding.Possibly => "POSSIBLY",
        AsOfStanding.Undated => "UNDATED",
        _ => null,
    };
}
