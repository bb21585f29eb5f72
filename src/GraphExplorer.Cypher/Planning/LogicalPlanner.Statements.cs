using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// The statements that are not queries: SHOW INDEXES, SHOW CONSTRAINTS, SHOW PROCEDURES and SHOW FUNCTIONS (Cypher
/// manual, "SHOW INDEXES", "SHOW CONSTRAINTS", "SHOW PROCEDURES", "SHOW FUNCTIONS": Neo4j's columns, then YIELD, a
/// WITH-like ORDER BY, SKIP, LIMIT and WHERE, and RETURN), and the index and constraint commands.
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

    /// <summary>The columns of <c>SHOW INDEXES YIELD *</c> (Cypher manual, "SHOW INDEXES" › Result columns).</summary>
    public static readonly string[] IndexColumns =
    [
        "id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider",
        "owningConstraint", "lastRead", "readCount", "trackedSince", "options", "failureMessage", "createStatement",
    ];

    /// <summary>Without YIELD, SHOW INDEXES lists the columns up to readCount (Neo4j 5.8 and later).</summary>
    private static readonly string[] IndexDefaultColumns = IndexColumns[..12];

    /// <summary>The columns of <c>SHOW CONSTRAINTS YIELD *</c> (Cypher manual, "SHOW CONSTRAINTS" › Result columns).</summary>
    public static readonly string[] ConstraintColumns =
    [
        "id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex", "propertyType", "options", "createStatement",
    ];

    private static readonly string[] ConstraintDefaultColumns = ConstraintColumns[..8];

    /// <summary>The columns of <c>SHOW SETTINGS YIELD *</c> (Operations manual, "Show configuration settings" › Return columns).</summary>
    public static readonly string[] SettingColumns =
    [
        "name", "value", "isDynamic", "defaultValue", "description", "startupValue", "isExplicitlySet", "validValues", "isDeprecated",
    ];

    private static readonly string[] SettingDefaultColumns = SettingColumns[..5];

    /// <summary>
    /// The columns of <c>SHOW TRANSACTIONS YIELD *</c> this engine fills (Operations manual, "Manage transactions" ›
    /// Return columns): the ten default ones, then the current query's start, elapsed time and status, and the outer
    /// transaction. Neo4j's memory, lock, CPU and page cache columns are left out: this engine does not measure them.
    /// </summary>
    public static readonly string[] TransactionColumns =
    [
        "database", "transactionId", "currentQueryId", "connectionId", "clientAddress", "username", "currentQuery", "startTime",
        "status", "elapsedTime", "currentQueryStartTime", "currentQueryElapsedTime", "currentQueryStatus", "outerTransactionId",
    ];

    private static readonly string[] TransactionDefaultColumns = TransactionColumns[..10];

    /// <summary>The columns of <c>TERMINATE TRANSACTIONS</c> (Operations manual, "Manage transactions" › Terminate transactions).</summary>
    public static readonly string[] TerminateColumns = ["transactionId", "username", "message"];

    private LogicalQuery PlanShowRoutines(ShowRoutinesStatement show) =>
        show.Kind == RoutineKind.Procedures
            ? PlanShow(show, show.Projection, ProcedureColumns, ProcedureDefaultColumns)
            : PlanShow(show, show.Projection, FunctionColumns, FunctionDefaultColumns);

    private LogicalQuery PlanShowSchema(ShowSchemaStatement show) =>
        show.Constraints
            ? PlanShow(show, show.Projection, ConstraintColumns, ConstraintDefaultColumns)
            : PlanShow(show, show.Projection, IndexColumns, IndexDefaultColumns);

    /// <summary>
    /// A SHOW command: its rows have <paramref name="all"/> columns; YIELD picks and renames some (the
    /// <paramref name="defaults"/> without it), then a WITH-like ORDER BY, SKIP, LIMIT and WHERE, then RETURN.
    /// </summary>
    private LogicalQuery PlanShow(Statement show, ShowProjection projection, string[] all, string[] defaults)
    {
        var yielded = projection.All ? all.Select(c => (Field: c, Variable: c)).ToList()
            : projection.Items is { } items ? items.Select(i => Binder.YieldedRoutineField(i, all)).ToList()
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

        LogicalOperator root = new ShowCommand(new Argument(), show, fieldIndexes, yieldSlots);
        if (!projection.OrderBy.IsEmpty || projection.Skip is not null || projection.Limit is not null || projection.Where is not null)
        {
            var body = new ProjectionBody(false, true, [], projection.OrderBy, projection.Skip, projection.Limit, show.Span);
            scope = PlanProjection(body, projection.Where, scope, isReturn: false, ref root, out _);
        }

        if (projection.Return is { } returned)
        {
            PlanProjection(returned.Body, null, scope, isReturn: true, ref root, out var columns);
            return Single(root, [.. columns.Select(c => c.Name)], [.. columns.Select(c => c.Slot)]);
        }

        var names = yielded.Select(y => y.Variable).ToArray();
        return Single(root, names, [.. names.Select(c => scope.Find(c)!.Slot)]);
    }

    /// <summary>CREATE/DROP INDEX and CREATE/DROP CONSTRAINT: one operator, run once.</summary>
    private LogicalQuery PlanSchemaCommand(Statement statement)
    {
        string[] columns;
        switch (statement)
        {
            case CreateIndexStatement or DropIndexStatement or CreateFullTextIndexStatement or CreateConstraintStatement or DropConstraintStatement:
                columns = [];
                updating = true;
                break;
            default:
                throw CypherErrors.Unsupported(statement.GetType().Name, statement);
        }

        return Single(new SchemaCommand(new Argument(), statement), columns, [.. columns.Select(_ => Binder.Slots.Next())]);
    }
}
