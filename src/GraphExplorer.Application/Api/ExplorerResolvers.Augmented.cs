using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Application.Listing;
using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// The fields <see cref="QuerySchemaGenerator"/> adds: each connection's <c>aggregate</c> (with its field aggregates and
/// groups) and the parent relationship on connection edges. Bound for every type the schema has them on, not per type.
/// </summary>
internal sealed partial class ExplorerResolvers
{
    /// <summary>The aggregate of one list, with the field aggregates the selection asked for computed in one query.</summary>
    private sealed record ListAggregate(ListQuery Query, int Count, IReadOnlyDictionary<string, FieldAggregate> Fields);

    private void BindGenerated(SchemaBuilder builder, FilterCatalog catalog, IReadOnlyList<DefinitionNode> schema)
    {
        var objects = schema.OfType<ObjectTypeDefinitionNode>().Select(o => o.Name.Value)
            .Concat(schema.OfType<ObjectTypeExtensionNode>().Select(o => o.Name.Value))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (connection, _) in AggregateSchema.Connections(schema, catalog))
        {
            Field(builder, connection, "aggregate", async context =>
            {
                var query = SourceAs<Connection>(context).Query
                    ?? throw new InvalidOperationException($"{context.ParentType.Name}.aggregate needs the list the connection pages.");
                var (count, fields) = await lists.AggregateAsync(query, RequestedFields(context), context.CancellationToken);
                return new ListAggregate(query, count, fields);
            });
        }

        foreach (var typeName in catalog.TypeNames.Where(t => objects.Contains(t + "Aggregate")))
        {
            Field(builder, typeName + "Aggregate", "count", context => SourceAs<ListAggregate>(context).Count);
            foreach (var field in catalog.Fields(typeName).Where(AggregateSchema.HasAggregate))
            {
                Field(builder, typeName + "Aggregate", field.Name, context => SourceAs<ListAggregate>(context).Fields.GetValueOrDefault(field.Name));
            }

            Field(builder, typeName + "Aggregate", "groups", async context => await lists.GroupsAsync(
                SourceAs<ListAggregate>(context).Query,
                Strings(context.Arguments.GetValueOrDefault("by")) ?? [],
                IntArgument(context, "first", 50),
                context.CancellationToken));
        }

        foreach (var edge in schema.OfType<ObjectTypeExtensionNode>().Where(e => e.Name.Value.EndsWith("Edge", StringComparison.Ordinal)))
        {
            var fields = edge.Fields.Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
            BindEdgeRelationship(builder, edge.Name.Value, fields);
            if (fields.Contains("citations"))
            {
                Field(builder, edge.Name.Value, "citations", async context => await EdgeCitationsAsync(context));
            }
        }
    }

    /// <summary>The parent relationship of a nested connection's edge: its first link (the one the scope's pattern names first).</summary>
    private static void BindEdgeRelationship(SchemaBuilder builder, string edge, IReadOnlySet<string> fields)
    {
        static ParentLink? Link(IResolveContext context) => SourceAs<ConnectionEdge>(context).Links.FirstOrDefault();
        var bindings = new Dictionary<string, Func<IResolveContext, object?>>(StringComparer.Ordinal)
        {
            ["relationship"] = context => Link(context)?.Type,
            ["role"] = context => SourceAs<ConnectionEdge>(context).Links.Select(l => l.Properties.GetValueOrDefault("role") as string).FirstOrDefault(r => r is not null),
            ["since"] = context => Link(context) is { } link ? PartialDate.OfRelationship(link.Properties, "since") : null,
            ["until"] = context => Link(context) is { } link ? PartialDate.OfRelationship(link.Properties, "until") : null,
            ["inferred"] = context => Link(context) is { } link ? Inference.Of(link.Properties).Inferred : (object?)null,
            ["inferenceNote"] = context => Link(context) is { } link ? Inference.Of(link.Properties).Note : null,
        };
        foreach (var (field, resolve) in bindings.Where(b => fields.Contains(b.Key)))
        {
            Field(builder, edge, field, resolve);
        }
    }

    /// <summary>The fields an <c>aggregate</c> selection names (through inline fragments); null (every field) when a named fragment hides them.</summary>
    private static IReadOnlyCollection<string>? RequestedFields(IResolveContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>(context.FieldNodes.Select(f => f.SelectionSet).OfType<SelectionSetNode>());
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        names.Add(field.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    default:
                        return null;
                }
            }
        }

        return names;
    }
}
