using GraphExplorer.Application.Exploration;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Cost weights for the engine's cost limit: a field that runs queries of its own (not through a data loader) weighs
/// more than one answered from its parent or a batch, so nesting explorations in long lists is refused before it runs.
/// List sizes say what the explorations really return: a neighbourhood up to <c>limit</c> nodes (its edges are
/// estimated as many as its nodes: they are the relationships among them, not capped by the limit), the connections
/// up to <c>first</c> paths of each kind, a path at most <see cref="PathService.MaxLength"/> steps.
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

        builder.SetListSize("Query", "neighbourhood", new ListSize { SlicingArguments = ["limit"], SizedFields = ["nodes", "edges"] });
        builder.SetListSize("Query", "connections", new ListSize { SlicingArguments = ["first"], SizedFields = ["paths", "weakerPaths"] });
        builder.SetListSize("Path", "nodes", new ListSize { AssumedSize = PathService.MaxLength + 1 });
        builder.SetListSize("Path", "edges", new ListSize { AssumedSize = PathService.MaxLength });
    }
}
