using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>CREATE, MERGE, SET, REMOVE, DELETE and FOREACH: what each binds and the operator that applies it.</summary>
internal sealed partial class LogicalPlanner
{
    /// <summary>
    /// Plans an updating clause (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH), the ones allowed both in a query and
    /// inside FOREACH; false when <paramref name="clause"/> is not one of them.
    /// </summary>
    private bool TryPlanUpdatingClause(Clause clause, ref Scope scope, ref LogicalOperator root)
    {
        switch (clause)
        {
            case CreateClause create:
                root = PlanCreate(create, ref scope, root);
                break;
            case MergeClause merge:
                root = PlanMerge(merge, ref scope, root);
                break;
            case SetClause set:
                root = new SetProperties(root, set.Items, scope);
                break;
            case RemoveClause remove:
                root = new Remove(root, remove.Items, scope);
                break;
            case DeleteClause delete:
                foreach (var target in delete.Expressions)
                {
                    Binder.CheckDeleteTarget(target);
                }

                root = new Delete(root, delete.Expressions, delete.Detach, scope);
                break;
            case ForeachClause foreachClause:
                root = PlanForeach(foreachClause, scope, root);
                break;
            default:
                return false;
        }

        updating = true;
        return true;
    }

    private Create PlanCreate(CreateClause create, ref Scope scope, LogicalOperator root)
    {
        var before = scope;
        var created = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<PartToCreate>();
        foreach (var part in create.Pattern.Parts)
        {
            var (planned, after) = PlanPartToCreate(part, new CreateBinding(scope, name => before.Contains(name) || created.Contains(name), created, isMerge: false));
            parts.Add(planned);
            scope = after;
        }

        return new Create(root, parts);
    }

    /// <summary>
    /// Binds one part to create. A named node that is already bound is reused (and may not restate labels or
    /// properties); everything else is declared. Relationships need one type and a direction.
    /// </summary>
    private (PartToCreate Part, Scope After) PlanPartToCreate(PatternPart part, CreateBinding binding)
    {
        Binder.CheckCreatedPart(part, binding);
        var nodes = new List<NodeToCreate> { BindNode(part.Element.Start) };
        var relationships = new List<RelationshipToCreate>();
        for (var i = 0; i < part.Element.Steps.Length; i++)
        {
            var step = part.Element.Steps[i];
            var slot = Binder.BindCreatedRelationship(step.Relationship, binding);
            nodes.Add(BindNode(step.Node));
            relationships.Add(new RelationshipToCreate(step.Relationship, slot, nodes[i].Slot, nodes[i + 1].Slot));
        }

        var pathSlot = Binder.BindCreatedPath(part, binding);
        return (new PartToCreate(nodes, relationships, pathSlot, binding.Before), binding.Scope);

        NodeToCreate BindNode(NodePattern node)
        {
            var (slot, reused) = Binder.BindCreatedNode(node, binding);
            return new NodeToCreate(node, slot, reused);
        }
    }

    private Merge PlanMerge(MergeClause merge, ref Scope scope, LogicalOperator root)
    {
        var before = scope;
        Binder.CheckMerge(merge, before);
        var match = Patterns.Plan(new Pattern([merge.Part], merge.Part.Span), null, scope, allowNewVariables: true);
        var (create, after) = PlanPartToCreate(merge.Part, new CreateBinding(match.Scope, before.Contains, new HashSet<string>(StringComparer.Ordinal), isMerge: true));
        scope = after;
        return new Merge(
            root,
            merge,
            match,
            create,
            merge.Actions.Where(a => a.OnCreate).SelectMany(a => a.Items).ToArray(),
            merge.Actions.Where(a => !a.OnCreate).SelectMany(a => a.Items).ToArray(),
            before,
            after);
    }

    private Foreach PlanForeach(ForeachClause foreachClause, Scope scope, LogicalOperator root)
    {
        var element = Binder.Declare(foreachClause.Variable, VariableKind.Any);
        var inner = scope.With(element);
        LogicalOperator body = new Argument();
        foreach (var clause in foreachClause.Body)
        {
            if (!TryPlanUpdatingClause(clause, ref inner, ref body))
            {
                throw CypherErrors.ReadingClauseInForeach(clause);
            }
        }

        return new Foreach(root, foreachClause, foreachClause.List, scope, element.Slot, body);
    }
}
