using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Cost weights for the engine's cost limit: a field that runs queries of its own (not through a data loader) weighs
/// more than one answered from its parent or a batch, so nesting per-item connections or explorations in long lists
/// is refused before it runs rather than making a round trip per item.
/// </summary>
internal sealed partial class ExplorerResolvers
{
    /// <summary>A typed list page: a count and a page query per parent.</summary>
    private const int ConnectionCost = 10;

    /// <summary>An exploration: several queries per hop, label or bucket.</summary>
    private const int ExplorationCost = 50;

    private static void SetCosts(SchemaBuilder builder)
    {
        foreach (var (type, field) in new[]
        {
            ("Organization", "agreements"), ("Organization", "events"), ("Person", "agreements"), ("Person", "events"),
            ("Place", "organizations"), ("Place", "events"), ("Sector", "organizations"), ("Sector", "agreements"),
            ("Query", "organizations"), ("Query", "agreements"), ("Query", "events"), ("Query", "people"), ("Query", "search"),
        })
        {
            builder.SetCost(type, field, ConnectionCost);
        }

        foreach (var field in new[] { "neighbourhood", "paths", "timeline", "aggregates" })
        {
            builder.SetCost("Query", field, ExplorationCost);
        }
    }
}
