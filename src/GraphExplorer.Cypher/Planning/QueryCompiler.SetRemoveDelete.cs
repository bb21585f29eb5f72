using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Planning;

/// <summary>SET, REMOVE, DELETE and FOREACH, and the dispatch of updating clauses.</summary>
internal sealed partial class QueryCompiler
{
    private void CompileSet(SetClause set, Scope scope, List<Operator> ops)
    {
        updating = true;
        var items = set.Items.Select(i => CompileSetItem(i, scope)).ToArray();
        ops.Add(new EagerOperator("SetProperties", (row, ctx) =>
        {
            foreach (var item in items)
            {
                item(row, ctx);
            }

            return [row];
        }));
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

    private void CompileRemove(RemoveClause remove, Scope scope, List<Operator> ops)
    {
        updating = true;
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
        ops.Add(new EagerOperator("Remove", (row, ctx) =>
        {
            foreach (var action in all)
            {
                action(row, ctx);
            }

            return [row];
        }));
    }

    private void CompileDelete(DeleteClause delete, Scope scope, List<Operator> ops)
    {
        updating = true;
        var targets = new List<(Evaluator Value, Expression At)>();
        foreach (var expression in delete.Expressions)
        {
            Binder.CheckDeleteTarget(expression);
            targets.Add((CompileExpression(expression, scope), expression));
        }

        var all = targets.ToArray();
        var detach = delete.Detach;
        ops.Add(new EagerOperator(detach ? "DetachDelete" : "Delete", (row, ctx) =>
        {
            foreach (var (value, at) in all)
            {
                EntityWriter.Delete(value(row, ctx), detach, ctx, at);
            }

            return [row];
        }));
    }

    /// <summary>
    /// Compiles an updating clause (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH), the ones allowed both in a query and
    /// inside FOREACH; false when <paramref name="clause"/> is not one of them.
    /// </summary>
    private bool TryCompileUpdatingClause(Clause clause, ref Scope scope, List<Operator> ops)
    {
        switch (clause)
        {
            case CreateClause create:
                scope = CompileCreate(create, scope, ops);
                return true;
            case MergeClause merge:
                scope = CompileMerge(merge, scope, ops);
                return true;
            case SetClause set:
                CompileSet(set, scope, ops);
                return true;
            case RemoveClause remove:
                CompileRemove(remove, scope, ops);
                return true;
            case DeleteClause delete:
                CompileDelete(delete, scope, ops);
                return true;
            case ForeachClause foreachClause:
                CompileForeach(foreachClause, scope, ops);
                return true;
            default:
                return false;
        }
    }

    private void CompileForeach(ForeachClause foreachClause, Scope scope, List<Operator> ops)
    {
        updating = true;
        var list = CompileExpression(foreachClause.List, scope);
        var element = binder.Declare(foreachClause.Variable, VariableKind.Any);
        var slot = element.Slot;
        var inner = scope.With(element);
        var bodyOps = new List<Operator>();
        foreach (var clause in foreachClause.Body)
        {
            if (!TryCompileUpdatingClause(clause, ref inner, bodyOps))
            {
                throw CypherErrors.ReadingClauseInForeach(clause);
            }
        }

        var body = new QueryPipeline([.. bodyOps], [], []);
        ops.Add(new EagerOperator("Foreach", (row, ctx) =>
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
        }));
    }
}
