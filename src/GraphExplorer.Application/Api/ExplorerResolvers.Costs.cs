using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Cost weights for the engine's cost limit: a field that runs queries of its own (not through a data loader) weighs
/// more than one answered from its parent or a batch, so nesting explorations in long lists is refused before it runs.
/// </summary>
internal sealed partial class ExplorerResolvers
{
    /// <summary>A typed list page of the Query root: a count and a page query.</summary>
    private const int ConnectionCost = 10;

    /// <summary>A nested connection: batched over the parents (one query per level), but each parent's items are read.</summary>
    private const int NestedConnectionCost = 2;

    /// <summary>An exploration: several queries per hop, label or bucket.</summary>
    private const int ExplorationCost = 50;

    private static void SetCosts(SchemaBuilder builder)
    {
        foreach (var (type, field) in new[]
        {
            ("Organization", "agreements"), ("Organization", "events"), ("Person", "agreements"), ("Person", "events"),
            ("Place", "organizations"), ("Place", "events"), ("Sector", "organizations"), ("Sector", "agreements"),
            ("Organization", "facts"), ("Place", "facts"), ("Event", "facts"), ("Sector", "facts"), ("Source", "facts"),
        })
        {
            builder.SetCost(type, field, NestedConnectionCost);
        }

        foreach (var field in new[] { "organizations", "agreements", "events", "people", "facts", "search" })
        {
            builder.SetCost("Query", field, ConnectionCost);
        }

        foreach (var field in new[] { "neighbourhood", "paths", "connections", "partners", "timeline", "aggregates" })
        {
            builder.SetCost("Query", field, ExplorationCost);
        }
    }
}
