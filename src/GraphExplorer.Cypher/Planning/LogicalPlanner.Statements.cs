using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// The statements that are not queries: SHOW PROCEDURES and SHOW FUNCTIONS (Cypher manual, "SHOW PROCEDURES", "SHOW
/// FUNCTIONS": Neo4j's columns, then YIELD, a WITH-like ORDER BY, SKIP, LIMIT and WHERE, and RETURN), and the index and
/// constraint commands.
/// </summary>
internal sealed partial class LogicalPlanner
{
    public static readonly string[] ProcedureColumns =
    [
        "name", "description", "mode", "worksOnSystem", "signature", "argumentDescription", "returnDescription", "admin",
        "rolesExecution", "rolesBoostedExecution", "isDeprecated", "deprecatedBy", "option",
    ];

    private static readonly string[] ProcedureDefaultColumns = ["name", "description", "mode", "worksOnSystem"];

    public static readonly string[] FunctionColumns =
    [
        "name", "category", "description", "signature", "isBuiltIn", "argumentDescription", "returnDescription", "aggregating",
        "rolesExecution", "rolesBoostedExecution", "isDeprecated", "deprecatedBy",
    ];

    private static readonly string[] FunctionDefaultColumns = ["name", "category", "description"];

    private static readonly string[] ShowIndexesColumns = ["name", "type", "entityType", "labelsOrTypes", "properties", "owningConstraint"];

    private static readonly string[] ShowConstraintsColumns = ["name", "type", "entityType", "labelsOrTypes", "properties", "propertyType"];

    private LogicalQuery PlanShowRoutines(ShowRoutinesStatement show)
    {
        var (all, defaults) = show.Kind == RoutineKind.Procedures
            ? (ProcedureColumns, ProcedureDefaultColumns)
            : (FunctionColumns, FunctionDefaultColumns);
        var yielded = show.YieldAll ? all.Select(c => (Field: c, Variable: c)).ToList()
            : show.Yield is { } items ? items.Select(i => Binder.YieldedRoutineField(i, all)).ToList()
            : defaults.Select(c => (Field: c, Variable: c)).ToList();

        var scope = Scope.Empty;
        var fieldIndexes = yielded.Select(y => Array.IndexOf(all, y.Field)).ToArray();
        var yieldSlots = new int[yielded.Count];
        for (var i = 0; i < yielded.Count; i++)
        {
            if (scope.Contains(yielded[i].Variable))
            {
                throw CypherErrors.VariableAlreadyBound(yielded[i].Variable, show);
            }

            yieldSlots[i] = Binder.Slots.Next();
            scope = scope.With(new VariableInfo(yielded[i].Variable, yieldSlots[i], VariableKind.Any));
        }

        LogicalOperator root = new ShowRoutines(new Argument(), show, fieldIndexes, yieldSlots);
        if (!show.OrderBy.IsEmpty || show.Skip is not null || show.Limit is not null || show.Where is not null)
        {
            var body = new ProjectionBody(false, true, [], show.OrderBy, show.Skip, show.Limit, show.Span);
            scope = PlanProjection(body, show.Where, scope, isReturn: false, ref root, out _);
        }

        if (show.Return is { } returned)
        {
            PlanProjection(returned.Body, null, scope, isReturn: true, ref root, out var columns);
            return Single(root, [.. columns.Select(c => c.Name)], [.. columns.Select(c => c.Slot)]);
        }

        var names = yielded.Select(y => y.Variable).ToArray();
        return Single(root, names, [.. names.Select(c => scope.Find(c)!.Slot)]);
    }

    /// <summary>CREATE/DROP INDEX, CREATE/DROP CONSTRAINT and SHOW INDEXES/CONSTRAINTS: one operator, run once.</summary>
    private LogicalQuery PlanSchemaCommand(Statement statement)
    {
        string[] columns;
        switch (statement)
        {
            case CreateIndexStatement or DropIndexStatement or CreateFullTextIndexStatement or CreateConstraintStatement or DropConstraintStatement:
                columns = [];
                updating = true;
                break;
            case ShowSchemaStatement { Constraints: false }:
                columns = ShowIndexesColumns;
                break;
            case ShowSchemaStatement:
                columns = ShowConstraintsColumns;
                break;
            default:
                throw CypherErrors.Unsupported(statement.GetType().Name, statement);
        }

        return Single(new SchemaCommand(new Argument(), statement), columns, [.. columns.Select(_ => Binder.Slots.Next())]);
    }
}
