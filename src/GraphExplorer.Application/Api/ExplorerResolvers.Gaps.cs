using GraphExplorer.Application.Quality;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>Query.gaps and Gap: what is worth a follow-up (see <see cref="GapFinder"/>).</summary>
internal sealed partial class ExplorerResolvers
{
    private static readonly IReadOnlyDictionary<string, GapKind> GapKindValues = new Dictionary<string, GapKind>(StringComparer.Ordinal)
    {
        ["UNDATED_AGREEMENT"] = GapKind.UndatedAgreement,
        ["UNNAMED_COUNTERPARTY"] = GapKind.UnnamedCounterparty,
        ["SINGLE_SOURCE_ENTITY"] = GapKind.SingleSourceEntity,
        ["SINGLE_SOURCE_TIE"] = GapKind.SingleSourceTie,
    };

    private void BindGaps(SchemaBuilder builder)
    {
        // Several whole-graph reads, like validate: an exploration's weight.
        builder.SetCost("Query", "gaps", ExplorationCost);
        Field(builder, "Query", "gaps", async context => await new GapFinder(database).FindAsync(
            Strings(context.Arguments.GetValueOrDefault("kinds"))?.Select(k => GapKindValues[k]).ToList(),
            IntArgument(context, "first", 100),
            context.CancellationToken));
        Field(builder, "Gap", "kind", context => GapKindValues.Single(kv => kv.Value == SourceAs<Gap>(context).Kind).Key);
        Field(builder, "Gap", "entity", async context => await LoadEntityAsync(context, SourceAs<Gap>(context).EntityId));
        Field(builder, "Gap", "other", async context => SourceAs<Gap>(context).OtherId is { } id ? await LoadEntityAsync(context, id) : null);
        Field(builder, "Gap", "source", async context => SourceAs<Gap>(context).SourceId is { } id ? await LoadEntityAsync(context, id) : null);
    }
}
