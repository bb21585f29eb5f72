using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>The statement's plan, its UNION branches, and each logical operator to its executable one.</summary>
internal sealed partial class PhysicalPlanner
{
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
        };
    }

    private QueryPipeline[] BuildQuery(LogicalQuery query) => [.. query.Branches.Select(BuildBranch)];

    private QueryPipeline BuildBranch(LogicalBranch branch) => new(BuildPipeline(branch.Root), [.. branch.Columns], [.. branch.ColumnSlots]);

    /// <summary>The operators of the chain ending at <paramref name="root"/>, in the order rows flow.</summary>
    private Operator[] BuildPipeline(LogicalOperator root) => [.. root.Pipeline().Select(BuildOperator)];

    private SubqueryPlan BuildSubquery(LogicalSubquery subquery) =>
        new(BuildQuery(subquery.Query), subquery.Query.UnionDistinct, subquery.Columns);

    private Operator BuildOperator(LogicalOperator op) => op switch
    {
        PatternMatch match => new MatchOperator(BuildMatcher(match.Pattern), match.Optional),
        Filter filter => BuildFilter(filter),
        Unwind unwind => new UnwindOperator(CompileExpression(unwind.List, unwind.Scope), unwind.Slot),
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
        ShowRoutines show => BuildShowRoutines(show),
        SchemaCommand command => BuildSchemaCommand(command),
        Explain explain => BuildExplain(explain),
        _ => throw new InvalidOperationException($"No physical operator for the logical operator {op.Name}."),
    };
}
