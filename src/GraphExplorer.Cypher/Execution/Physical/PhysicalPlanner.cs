using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// Turns one statement into a <see cref="CompiledQuery"/>: the <see cref="LogicalPlanner"/> binds and plans the whole
/// statement, then each logical operator becomes an executable <see cref="Operators.Operator"/> and each bound
/// expression an <see cref="Evaluator"/> delegate (pattern expressions and expression subqueries are planned by the
/// same logical planner as they are met).
/// </summary>
/// <remarks>Not thread-safe: one instance per compilation.</remarks>
internal sealed partial class PhysicalPlanner
{
    private readonly LogicalPlanner logical;
    private readonly Binder binder;
    private readonly PatternPlanner patterns;
    private readonly IGraphReader graph;
    private readonly HashSet<string> parameters = new(StringComparer.Ordinal);

    /// <summary>Notifications met while compiling, once each (an expression may be compiled more than once).</summary>
    private readonly List<Database.QueryNotification> notifications = [];
    private readonly ProcedureRegistry procedures;

    public PhysicalPlanner(IGraphReader graph, string text, ProcedureRegistry procedures)
    {
        this.graph = graph;
        this.procedures = procedures;
        logical = new LogicalPlanner(graph, text, procedures);
        binder = logical.Binder;
        patterns = logical.Patterns;
    }

    private SlotAllocator slots => binder.Slots;

    private string SourceOf(SyntaxNode node) => binder.SourceOf(node);

    /// <summary>Expression texts that read a projected column instead (ORDER BY after aggregation), or null.</summary>
    private Dictionary<string, int>? substitutions;

    /// <summary>Plans a statement logically, then compiles that plan.</summary>
    public CompiledQuery Compile(Statement statement) => Compile(logical.Plan(statement));

    /// <summary>Compiles a logical plan into pipelines of operators.</summary>
    public CompiledQuery Compile(LogicalPlan plan)
    {
        var parts = BuildQuery(plan.Query);
        var explain = plan.Query.Branches[0].Root is Explain;
        return new CompiledQuery
        {
            Parts = parts,
            UnionDistinct = plan.Query.UnionDistinct,
            Columns = [.. plan.Query.Columns],
            Updating = plan.Updating,
            InTransactions = plan.InTransactions,
            SlotCount = slots.Count,

            // EXPLAIN runs nothing, so it needs no parameter values.
            Parameters = explain ? [] : parameters,
            Schema = graph.Schema,
            NodeCountAtCompile = graph.NodeCount,
            Plan = plan,
            Profiled = plan.Profiled,
            Notifications = [.. notifications.Distinct()],
        };
    }

    private QueryPipeline[] BuildQuery(LogicalQuery query) => [.. query.Branches.Select(BuildBranch)];

    private QueryPipeline BuildBranch(LogicalBranch branch)
    {
        var logicalOperators = PhysicalOperators(branch.Root);
        return new(BuildPipeline(branch.Root), [.. branch.Columns], [.. branch.ColumnSlots]) { Logical = logicalOperators };
    }

    /// <summary>The operators of the chain ending at <paramref name="root"/>, in the order rows flow.</summary>
    private Operator[] BuildPipeline(LogicalOperator root) => [.. PhysicalOperators(root).Select(BuildOperator)];

    /// <summary>The logical operators of the chain that become operators of their own, in the order rows flow.</summary>
    /// <remarks>A MATCH whose matches are pushed to the aggregation after it runs inside that aggregation's operator.</remarks>
    private static LogicalOperator[] PhysicalOperators(LogicalOperator root)
    {
        var pipeline = root.Pipeline();
        return [.. pipeline.Where((op, i) => !(i + 1 < pipeline.Count && pipeline[i + 1] is Aggregation { MatchesPushed: true }))];
    }

    private SubqueryPlan BuildSubquery(LogicalSubquery subquery) =>
        new(BuildQuery(subquery.Query), subquery.Query.UnionDistinct, subquery.Columns);

    private Operator BuildOperator(LogicalOperator op) => op switch
    {
        PatternMatch match => new MatchOperator(BuildMatcher(match.Pattern), match.Optional),
        Filter filter => BuildFilter(filter),
        Unwind unwind => new UnwindOperator(CompileExpression(unwind.List, unwind.Scope), unwind.Slot),
        LoadCsv load => new LoadCsvOperator(CompileExpression(load.Url, load.Scope), load.Slot, load.WithHeaders, load.FieldTerminator, load.Syntax),
        Projection projection => new ProjectOperator([.. projection.Columns.Select(c => CompileExpression(c.Expression, projection.Scope))], [.. projection.Columns.Select(c => c.Slot)]),
        Aggregation aggregation => BuildAggregation(aggregation),
        Distinct distinct => new DistinctOperator([.. distinct.Slots]),
        Sort sort => new SortOperator(BuildSortOrder(sort.Keys)),
        Top top => new TopOperator(BuildSortOrder(top.Keys), top.Skip is null ? null : CompileCount(top.Skip), CompileCount(top.Limit), top.Skip, top.Limit),
        SkipLimit skipLimit => new SkipLimitOperator(
            skipLimit.Skip is null ? null : CompileCount(skipLimit.Skip), skipLimit.Limit is null ? null : CompileCount(skipLimit.Limit), skipLimit.Skip, skipLimit.Limit),
        Create create => BuildCreate(create),
        Merge merge => BuildMerge(merge),
        SetProperties set => BuildSet(set),
        Remove remove => BuildRemove(remove),
        Delete delete => BuildDelete(delete),
        Foreach foreachOp => BuildForeach(foreachOp),
        ProcedureCall call => BuildProcedureCall(call),
        SubqueryCall call => BuildSubqueryCall(call),
        TransactionApply apply => BuildTransactionApply(apply),
        ShowCommand show => BuildShowCommand(show),
        SchemaCommand command => BuildSchemaCommand(command),
        Explain explain => BuildExplain(explain),
        _ => throw new InvalidOperationException($"No physical operator for the logical operator {op.Name}."),
    };

    /// <summary>
    /// <c>EXPLAIN query</c>: the rows describe the query's logical plan, exactly as running it would plan it (same
    /// start points, index choice and operator order), one per operator in the order rows flow through them: the
    /// UNION branch and step (both from 1), the operator's name and its details (how a MATCH starts and expands, or
    /// null). The query is compiled too, so that it fails as running it would, but not run: EXPLAIN needs no
    /// parameter values and never writes.
    /// </summary>
    private FlatMapOperator BuildExplain(Explain explain)
    {
        BuildQuery(explain.Explained);
        var planRows = new List<object?[]>();
        for (var branch = 0; branch < explain.Explained.Branches.Count; branch++)
        {
            var operators = explain.Explained.Branches[branch].Root.Pipeline();
            for (var step = 0; step < operators.Count; step++)
            {
                planRows.Add([(long)branch + 1, (long)step + 1, operators[step].Name, operators[step].Details]);
            }
        }

        var columnSlots = explain.ColumnSlots.ToArray();
        return new FlatMapOperator(explain.Name, (input, _) => planRows.Select(values =>
        {
            var row = (object?[])input.Clone();
            for (var i = 0; i < values.Length; i++)
            {
                row[columnSlots[i]] = values[i];
            }

            return row;
        }));
    }
}
