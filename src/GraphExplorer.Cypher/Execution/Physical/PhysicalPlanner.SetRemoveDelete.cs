using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>SET, REMOVE, DELETE and FOREACH.</summary>
internal sealed partial class PhysicalPlanner
{
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

            case SetLabelsItem labels:
                {
                    var target = CompileExpression(new Variable(labels.Variable, labels.Span), scope);
                    var names = labels.Labels.ToArray();
                    return (row, ctx) =>
                    {
                        switch (target(row, ctx))
                        {
                            case null:
                                return;
                            case NodeValue n:
                                ctx.Node(n);
                                foreach (var label in names)
                                {
                                    if (ctx.Writer.AddLabel(n.Id, label))
                                    {
                                        ctx.Statistics.LabelsAdded++;
                                    }
                                }

                                return;
                            case var other:
                                throw CypherErrors.InvalidArgumentType($"Labels can only be set on nodes, not on a {Operations.TypeName(other)}", labels);
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

                case RemoveLabelsItem labels:
                    {
                        var target = CompileExpression(new Variable(labels.Variable, labels.Span), scope);
                        var names = labels.Labels.ToArray();
                        actions.Add((row, ctx) =>
                        {
                            if (target(row, ctx) is NodeValue n)
                            {
                                ctx.Node(n);
                                foreach (var label in names)
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
                throw CypherErrors.InvalidArgumentType($"FOREACH needs a List, got {Operations.TypeName(value)}", foreachClause);
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
