using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// CREATE, MERGE, SET, REMOVE, DELETE and FOREACH.
/// </summary>
internal sealed partial class PhysicalPlanner
{
    /// <summary>Creates the entities of one pattern part into a row (binding its new variables).</summary>
    private delegate void PartCreator(object?[] row, QueryContext ctx);

    private EagerOperator BuildCreate(Create create)
    {
        var all = create.Parts.Select(BuildCreator).ToArray();
        return new EagerOperator(create.Name, (row, ctx) =>
        {
            var copy = (object?[])row.Clone();
            foreach (var creator in all)
            {
                creator(copy, ctx);
            }

            return [copy];
        });
    }

    /// <summary>
    /// The creation of one part: its nodes in order (a reused one checked to be a node), then its relationships, then
    /// its path.
    /// </summary>
    private PartCreator BuildCreator(PartToCreate part)
    {
        var nodeArray = part.Nodes.Select(n => n.Reused ? CheckReusedNode(n) : CreateNode(n, part.Before)).ToArray();
        var relationshipActions = part.Relationships.Select(r => CreateRelationship(r, part.Before)).ToArray();
        var nodeSlots = part.Nodes.Select(n => n.Slot).ToArray();
        var relationshipSlots = part.Relationships.Select(r => r.Slot).ToArray();
        var pathSlot = part.PathSlot;
        return (row, ctx) =>
        {
            foreach (var action in nodeArray)
            {
                action(row, ctx);
            }

            foreach (var action in relationshipActions)
            {
                action(row, ctx);
            }

            if (pathSlot >= 0)
            {
                row[pathSlot] = new PathValue(
                    nodeSlots.Select(s => (NodeValue)row[s]!).ToArray(),
                    relationshipSlots.Select(s => (RelationshipValue)row[s]!).ToArray());
            }
        };
    }

    /// <summary>A node bound before the clause is reused, and must be a node when the row comes.</summary>
    private static Action<object?[], QueryContext> CheckReusedNode(NodeToCreate node)
    {
        var slot = node.Slot;
        var pattern = node.Pattern;
        return (row, _) =>
        {
            if (row[slot] is not NodeValue)
            {
                throw CypherErrors.CreateFromNonNode(pattern.Variable, row[slot] is null ? "null" : Operations.TypeName(row[slot]), pattern);
            }
        };
    }

    private Action<object?[], QueryContext> CreateNode(NodeToCreate node, Scope before)
    {
        var slot = node.Slot;
        var pattern = node.Pattern;
        var labels = pattern.Labels.ToArray();
        var withDynamic = pattern.DynamicLabels.IsEmpty ? null : CompileLabelNames(pattern.Labels, [.. pattern.DynamicLabels.Select(label => label.Value)], before);
        var properties = pattern.Properties is null ? null : CompileExpression(pattern.Properties, before);
        return (row, ctx) =>
        {
            var map = properties?.Invoke(row, ctx);
            if (map is not null and not IReadOnlyDictionary<string, object?>)
            {
                throw CypherErrors.PropertiesNotMap("Node", Operations.TypeName(map), pattern);
            }

            row[slot] = EntityWriter.CreateNode(withDynamic is null ? labels : [.. withDynamic(row, ctx).Distinct(StringComparer.Ordinal)], (IReadOnlyDictionary<string, object?>?)map, ctx, pattern);
        };
    }

    /// <summary>A relationship of its one type, in its direction (as written; MERGE's undirected one left to right).</summary>
    private Action<object?[], QueryContext> CreateRelationship(RelationshipToCreate relationship, Scope before)
    {
        var rel = relationship.Pattern;
        var (relSlot, fromSlot, toSlot) = (relationship.Slot, relationship.FromSlot, relationship.ToSlot);
        var type = CompileCreatedType(rel, before);
        var incoming = rel.Direction == RelationshipDirection.Incoming;
        var properties = rel.Properties is null ? null : CompileExpression(rel.Properties, before);
        return (row, ctx) =>
        {
            var map = properties?.Invoke(row, ctx);
            if (map is not null and not IReadOnlyDictionary<string, object?>)
            {
                throw CypherErrors.PropertiesNotMap("Relationship", Operations.TypeName(map), rel);
            }

            var from = (NodeValue)row[fromSlot]!;
            var to = (NodeValue)row[toSlot]!;
            row[relSlot] = incoming
                ? EntityWriter.CreateRelationship(type(row, ctx), to, from, (IReadOnlyDictionary<string, object?>?)map, ctx, rel)
                : EntityWriter.CreateRelationship(type(row, ctx), from, to, (IReadOnlyDictionary<string, object?>?)map, ctx, rel);
        };
    }

    /// <summary>
    /// The one type of a relationship to create: written, or a dynamic <c>$(e)</c> that must name exactly one type
    /// (Cypher manual 5, "CREATE" › "Dynamically CREATE nodes and relationships": a relationship has exactly one type).
    /// </summary>
    private Func<object?[], QueryContext, string> CompileCreatedType(RelationshipPattern rel, Scope before)
    {
        if (rel.DynamicTypes.IsEmpty)
        {
            var type = rel.Types[0];
            return (_, _) => type;
        }

        var dynamic = rel.DynamicTypes[0];
        var value = CompileExpression(dynamic.Value, before);
        return (row, ctx) => DynamicNames.Labels(value(row, ctx), dynamic.Value, "relationship type") switch
        {
            [var one] => one,
            var names => throw CypherErrors.ArgumentError("InvalidArgumentValue", $"A relationship must have exactly one type, but the dynamic type gives {names.Count}", dynamic.Value),
        };
    }

    private EagerOperator BuildMerge(Merge mergeOp)
    {
        var merge = mergeOp.Syntax;
        var before = mergeOp.Before;
        var next = mergeOp.After;
        var matcher = BuildMatcher(mergeOp.Match);
        var creator = BuildCreator(mergeOp.Create);
        var propertyChecks = new List<(Evaluator Value, SyntaxNode At)>();
        foreach (var node in new[] { merge.Part.Element.Start }.Concat(merge.Part.Element.Steps.Select(s => s.Node)))
        {
            if (node.Properties is MapLiteral map)
            {
                propertyChecks.AddRange(map.Entries.Select(e => (CompileExpression(e.Value, before), (SyntaxNode)e)));
            }
        }

        foreach (var step in merge.Part.Element.Steps)
        {
            if (step.Relationship.Properties is MapLiteral map)
            {
                propertyChecks.AddRange(map.Entries.Select(e => (CompileExpression(e.Value, before), (SyntaxNode)e)));
            }
        }

        var onCreate = mergeOp.OnCreate.Select(i => CompileSetItem(i, next)).ToArray();
        var onMatch = mergeOp.OnMatch.Select(i => CompileSetItem(i, next)).ToArray();
        var checks = propertyChecks.ToArray();
        return new EagerOperator("Merge: " + matcher.Description, (row, ctx) =>
        {
            var matches = matcher.Matches(row, ctx).ToList();
            if (matches.Count > 0)
            {
                foreach (var match in matches)
                {
                    foreach (var set in onMatch)
                    {
                        set(match, ctx);
                    }
                }

                return matches;
            }

            foreach (var (value, at) in checks)
            {
                if (value(row, ctx) is null)
                {
                    throw CypherErrors.MergeReadOwnWrites(at);
                }
            }

            var copy = (object?[])row.Clone();
            creator(copy, ctx);
            foreach (var set in onCreate)
            {
                set(copy, ctx);
            }

            return [copy];
        });
    }

    private EagerOperator BuildSet(SetProperties set)
    {
        var items = set.Items.Select(i => CompileSetItem(i, set.Scope)).ToArray();
        return new EagerOperator(set.Name, (row, ctx) =>
        {
            foreach (var item in items)
            {
                item(row, ctx);
            }

            return [row];
        });
    }

    private Action<object?[], QueryContext> CompileSetItem(SetItem item, Scope scope)
    {
        switch (item)
        {
            case SetPropertyItem property:
                {
                    var target = CompileExpression(property.Target.Target, scope);
                    var value = CompileExpression(property.Value, scope);
                    var key = property.Target.Key;
                    return (row, ctx) => EntityWriter.SetProperty(target(row, ctx), key, value(row, ctx), ctx, property);
                }

            case SetPropertiesItem properties:
                {
                    var target = CompileExpression(new Variable(properties.Variable, properties.Span), scope);
                    var value = CompileExpression(properties.Value, scope);
                    var merge = properties.Merge;
                    return (row, ctx) => EntityWriter.SetProperties(target(row, ctx), value(row, ctx), merge, ctx, properties);
                }

            case SetDynamicPropertyItem property:
                return CompileSetDynamicProperty(property, scope);

            case SetLabelsItem labels:
                {
                    var target = CompileExpression(new Variable(labels.Variable, labels.Span), scope);
                    var names = CompileLabelNames(labels.Labels, labels.DynamicLabels, scope);
                    return (row, ctx) =>
                    {
                        switch (target(row, ctx))
                        {
                            case null:
                                return;
                            case NodeValue n:
                                ctx.Node(n);
                                foreach (var label in names(row, ctx))
                                {
                                    if (ctx.Writer.AddLabel(n.Id, label))
                                    {
                                        ctx.Statistics.LabelsAdded++;
                                    }
                                }

                                return;
                            case var other:
                                throw CypherErrors.LabelsSetOnNonNode(Operations.TypeName(other), labels);
                        }
                    };
                }

            default:
                throw CypherErrors.Unsupported(item.GetType().Name, item);
        }
    }

    private EagerOperator BuildRemove(Remove remove)
    {
        var scope = remove.Scope;
        var actions = new List<Action<object?[], QueryContext>>();
        foreach (var item in remove.Items)
        {
            switch (item)
            {
                case RemovePropertyItem property:
                    {
                        var target = CompileExpression(property.Target.Target, scope);
                        var key = property.Target.Key;
                        actions.Add((row, ctx) => EntityWriter.SetProperty(target(row, ctx), key, null, ctx, property));
                        break;
                    }

                case RemoveDynamicPropertyItem property:
                    actions.Add(CompileRemoveDynamicProperty(property, scope));
                    break;

                case RemoveLabelsItem labels:
                    {
                        var target = CompileExpression(new Variable(labels.Variable, labels.Span), scope);
                        var names = CompileLabelNames(labels.Labels, labels.DynamicLabels, scope);
                        actions.Add((row, ctx) =>
                        {
                            if (target(row, ctx) is NodeValue n)
                            {
                                ctx.Node(n);
                                foreach (var label in names(row, ctx))
                                {
                                    if (ctx.Writer.RemoveLabel(n.Id, label))
                                    {
                                        ctx.Statistics.LabelsRemoved++;
                                    }
                                }
                            }
                        });
                        break;
                    }
            }
        }

        var all = actions.ToArray();
        return new EagerOperator(remove.Name, (row, ctx) =>
        {
            foreach (var action in all)
            {
                action(row, ctx);
            }

            return [row];
        });
    }

    private EagerOperator BuildDelete(Delete delete)
    {
        var all = delete.Targets.Select(t => (Value: CompileExpression(t, delete.Scope), At: t)).ToArray();
        var detach = delete.Detach;
        return new EagerOperator(delete.Name, (row, ctx) =>
        {
            foreach (var (value, at) in all)
            {
                EntityWriter.Delete(value(row, ctx), detach, ctx, at);
            }

            return [row];
        });
    }

    private EagerOperator BuildForeach(Foreach foreachOp)
    {
        var foreachClause = foreachOp.Syntax;
        var list = CompileExpression(foreachOp.List, foreachOp.Scope);
        var slot = foreachOp.Slot;
        var body = new QueryPipeline(BuildPipeline(foreachOp.Body), [], []);
        return new EagerOperator(foreachOp.Name, (row, ctx) =>
        {
            var value = list(row, ctx);
            if (value is null)
            {
                return [row];
            }

            if (value is not IReadOnlyList<object?> items)
            {
                throw CypherErrors.ForeachOverNonList(Operations.TypeName(value), foreachClause);
            }

            foreach (var item in items)
            {
                var innerRow = (object?[])row.Clone();
                innerRow[slot] = item;
                foreach (var _ in body.Run(innerRow, ctx))
                {
                }
            }

            return [row];
        });
    }
}
