using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Listing;
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

    /// <summary>A relationship filter (some, none, all, single; the hand-written <c>…_SOME</c>/<c>…_NONE</c>): a subquery per item listed.</summary>
    private const int RelationshipFilterCost = 5;

    /// <summary>A case- and accent-insensitive or regular-expression comparison: the stored value is folded or matched per item.</summary>
    private const int FoldedComparisonCost = 2;

    /// <summary>
    /// The generated parts: each connection's aggregate and groups run a query over the whole filtered list (per parent
    /// for a nested connection); the inputs that make a filter heavier weigh on the list that uses them.
    /// </summary>
    private static void SetGeneratedCosts(SchemaBuilder builder, FilterCatalog catalog, IReadOnlyList<GraphExplorer.GraphQL.Language.DefinitionNode> schema)
    {
        var inputs = schema.OfType<GraphExplorer.GraphQL.Language.InputObjectTypeDefinitionNode>().Select(i => i.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var typeName in catalog.TypeNames)
        {
            var type = typeName == FilterCatalog.EntityInterface ? (Domain.EntityType?)null : Domain.GraphModel.TypeOfLabel(typeName);
            foreach (var quantifier in new[] { "some", "none", "all", "single" })
            {
                builder.SetInputFieldCost(OperatorInputs.RelationshipFilter(type), quantifier, RelationshipFilterCost);
            }

            if (schema.OfType<GraphExplorer.GraphQL.Language.ObjectTypeDefinitionNode>().Any(o => o.Name.Value == typeName + "Aggregate"))
            {
                builder.SetCost(typeName + "Aggregate", "groups", ConnectionCost);
            }
        }

        foreach (var (connection, _) in AggregateSchema.Connections(schema, catalog))
        {
            builder.SetCost(connection, "aggregate", ConnectionCost);
        }

        foreach (var op in new[] { "matches", "eqInsensitive", "containsInsensitive", "startsWithInsensitive", "endsWithInsensitive" })
        {
            builder.SetInputFieldCost(OperatorInputs.String, op, FoldedComparisonCost);
        }

        builder.SetInputFieldCost(OperatorInputs.StringList, "includesInsensitive", FoldedComparisonCost);
        foreach (var (input, field) in new[]
        {
            ("OrganizationWhere", "agreements_SOME"), ("OrganizationWhere", "agreements_NONE"),
            ("AgreementWhere", "parties_SOME"), ("AgreementWhere", "parties_NONE"),
        })
        {
            if (inputs.Contains(input))
            {
                builder.SetInputFieldCost(input, field, RelationshipFilterCost);
            }
        }
    }

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
