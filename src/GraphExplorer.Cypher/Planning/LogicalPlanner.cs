using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Turns one statement's syntax tree into a <see cref="LogicalPlan"/>. It walks the whole statement first, binding
/// every clause with the <see cref="Binder"/> in the scope the clauses before it leave (variables to row slots,
/// scoping and clause-order errors), and plans each clause as logical operators: patterns with the
/// <see cref="PatternPlanner"/> (start points and index choice from the schema and counts of the graph), projections
/// with their aggregation, ORDER BY (as <see cref="Top"/> when limited), SKIP and LIMIT, the updating clauses, calls
/// and subqueries. Expressions stay bound syntax: Execution's physical planner compiles them.
/// </summary>
/// <remarks>Not thread-safe: one instance per compilation (its binder's slots are the compiled query's).</remarks>
internal sealed partial class LogicalPlanner
{
    private readonly IProcedureCatalog procedures;

    public LogicalPlanner(IGraphReader graph, string text, IProcedureCatalog procedures)
    {
        Binder = new Binder(text);
        Patterns = new PatternPlanner(Binder, graph);
        this.procedures = procedures;
    }

    /// <summary>The binder of this compilation, whose slots the physical plan's rows have.</summary>
    public Binder Binder { get; }

    /// <summary>Plans patterns, also those of pattern expressions met while compiling expressions.</summary>
    public PatternPlanner Patterns { get; }

    /// <summary>True once a clause that may write has been planned.</summary>
    private bool updating;

    /// <summary>The <c>CALL { … } IN TRANSACTIONS</c> of the statement, once planned (there is at most one).</summary>
    private SubqueryCallClause? inTransactionsCall;

    /// <summary>Plans a statement: a query, a UNION of queries, EXPLAIN of one, SHOW of routines or a schema command.</summary>
    public LogicalPlan Plan(Statement statement)
    {
        var query = statement switch
        {
            Query q => PlanQuery(q, Scope.Empty, subquery: false),
            ExplainStatement explain => PlanExplain(explain),
            ProfileStatement profile => PlanQuery(profile.Query, Scope.Empty, subquery: false),
            ShowRoutinesStatement show => PlanShowRoutines(show),
            ShowSettingsStatement show => PlanShow(show, show.Projection, SettingColumns, SettingDefaultColumns),
            TransactionsStatement { Terminate: true } terminate => PlanShow(terminate, terminate.Projection, TerminateColumns, TerminateColumns),
            TransactionsStatement show => PlanShow(show, show.Projection, TransactionColumns, TransactionDefaultColumns),
            ShowSchemaStatement show => PlanShowSchema(show),
            _ => PlanSchemaCommand(statement),
        };
        return new LogicalPlan(query, updating, inTransactionsCall is not null) { Profiled = statement is ProfileStatement };
    }

    /// <summary>EXPLAIN: the query is planned as running it would be, and the plan describes it; nothing writes.</summary>
    private LogicalQuery PlanExplain(ExplainStatement explain)
    {
        var explained = Plan(explain.Query).Query;
        updating = false;
        inTransactionsCall = null;
        var slots = ExplainColumns.Select(_ => Binder.Slots.Next()).ToArray();
        return Single(new Explain(new Argument(), explained, slots), ExplainColumns, slots);
    }

    /// <summary>The columns of EXPLAIN's rows: the UNION branch and step (from 1), the operator and its details.</summary>
    public static readonly string[] ExplainColumns = ["branch", "step", "operator", "details"];

    private static LogicalQuery Single(LogicalOperator root, IReadOnlyList<string> columns, IReadOnlyList<int> slots) =>
        new([new LogicalBranch(root, columns, slots)], false);

    /// <summary>A query or UNION in <paramref name="scope"/> (empty at the top; the outer scope for a subquery).</summary>
    private LogicalQuery PlanQuery(Query query, Scope scope, bool subquery)
    {
        switch (query)
        {
            case SingleQuery single:
                return new LogicalQuery([PlanSingleQuery(single, scope, subquery)], false);
            case UnionQuery union:
                {
                    Binder.CheckUnion(union);
                    var branches = union.Queries.Select(q => PlanSingleQuery(q, scope, subquery)).ToArray();
                    Binder.CheckUnionColumns(union, branches.Select(b => b.Columns.ToArray()).ToList());
                    return new LogicalQuery(branches, !union.All.FirstOrDefault());
                }

            default:
                throw CypherErrors.Unsupported(query.GetType().Name, query);
        }
    }

    /// <summary>
    /// A subquery (CALL { }, EXISTS { }, COUNT { }, COLLECT { }) seeing the variables of <paramref name="scope"/>; a
    /// UNION's columns get slots of their own, which each branch's rows are copied into.
    /// </summary>
    public LogicalSubquery PlanSubquery(Query query, Scope scope)
    {
        var plan = PlanQuery(query, scope, subquery: true);
        var columns = plan.Branches.Count == 1
            ? plan.Columns.Select((c, i) => new VariableInfo(c, plan.Branches[0].ColumnSlots[i], VariableKind.Any)).ToList()
            : plan.Columns.Select(c => Binder.Declare(c, VariableKind.Any)).ToList();
        return new LogicalSubquery(plan, columns);
    }

    private LogicalBranch PlanSingleQuery(SingleQuery query, Scope scope, bool subquery)
    {
        LogicalOperator root = new Argument();
        IReadOnlyList<string> columns = [];
        IReadOnlyList<int> columnSlots = [];
        for (var i = 0; i < query.Clauses.Length; i++)
        {
            var clause = query.Clauses[i];
            var last = i == query.Clauses.Length - 1;
            switch (clause)
            {
                case MatchClause match:
                    {
                        var pattern = Patterns.Plan(match.Pattern, match.Where, scope, allowNewVariables: true);
                        root = new PatternMatch(root, pattern, match.Optional);
                        scope = pattern.Scope;
                        break;
                    }

                case UnwindClause unwind:
                    {
                        var element = Binder.BindUnwind(unwind, scope);
                        root = new Unwind(root, unwind.Expression, scope, element.Slot);
                        scope = scope.With(element);
                        break;
                    }

                case LoadCsvClause load:
                    {
                        var record = Binder.BindLoadCsv(load, scope);
                        root = new LoadCsv(root, load.Url, scope, record.Slot, load.WithHeaders, load.FieldTerminator, load);
                        scope = scope.With(record);
                        break;
                    }

                case WithClause with:
                    scope = PlanProjection(with.Body, with.Where, scope, isReturn: false, ref root, out _);
                    break;
                case ReturnClause ret:
                    Binder.CheckReturnIsLast(ret, last);
                    scope = PlanProjection(ret.Body, null, scope, isReturn: true, ref root, out var returned);
                    (columns, columnSlots) = ([.. returned.Select(c => c.Name)], [.. returned.Select(c => c.Slot)]);
                    break;
                case CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause:
                    if (inTransactionsCall is not null)
                    {
                        // Neo4j runs what follows the inner transactions in the outer one; this engine keeps writes inside them.
                        throw CypherErrors.WriteAfterInTransactions(clause);
                    }

                    TryPlanUpdatingClause(clause, ref scope, ref root);
                    break;
                case CallClause call:
                    {
                        var procedureCall = PlanProcedureCall(call, ref scope, ref root);
                        if (call.Standalone || (last && call.Yield is null && !call.YieldAll))
                        {
                            (columns, columnSlots) = (procedureCall.Columns, procedureCall.Slots);
                        }

                        break;
                    }

                case SubqueryCallClause subqueryCall:
                    scope = PlanSubqueryCall(subqueryCall, scope, ref root);
                    break;
                case FinishClause finish:
                    Binder.CheckFinish(finish, last);
                    break;
                case UseClause use:
                    Binder.CheckUse(use, i);
                    break;
                default:
                    throw CypherErrors.Unsupported(clause.GetType().Name, clause);
            }
        }

        Binder.CheckQueryEnd(query, subquery);
        return new LogicalBranch(root, columns, columnSlots);
    }
}
