using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

internal sealed partial class QueryCompiler
{
    /// <summary>Compiles a statement: a query, a UNION of queries, or a schema command.</summary>
    public CompiledQuery Compile(Statement statement)
    {
        QueryPipeline[] parts;
        var distinct = false;
        switch (statement)
        {
            case SingleQuery single:
                parts = [CompileSingleQuery(single, Scope.Empty, subquery: false, out _)];
                break;
            case UnionQuery union:
                (parts, distinct) = CompileUnion(union, Scope.Empty, subquery: false);
                break;
            case ExplainStatement explain:
                return CompileExplain(explain);
            case ShowRoutinesStatement show:
                return CompileShowRoutines(show);
            default:
                return CompileSchemaStatement(statement);
        }

        return new CompiledQuery
        {
            Parts = parts,
            UnionDistinct = distinct,
            Columns = parts[0].Columns,
            Updating = updating,
            InTransactions = inTransactionsCall is not null,
            SlotCount = slots.Count,
            Parameters = parameters,
            Schema = graph.Schema,
            NodeCountAtCompile = graph.NodeCount,
        };
    }

    private (QueryPipeline[] Parts, bool Distinct) CompileUnion(UnionQuery union, Scope scope, bool subquery)
    {
        Binder.CheckUnion(union);
        var parts = union.Queries.Select(q => CompileSingleQuery(q, scope, subquery, out _)).ToArray();
        Binder.CheckUnionColumns(union, parts.Select(p => p.Columns).ToList());
        return (parts, !union.All.FirstOrDefault());
    }

    /// <summary>Compiles a subquery seeing the variables of <paramref name="scope"/>.</summary>
    private SubqueryPlan CompileSubquery(Query query, Scope scope, bool allowUnitQuery)
    {
        switch (query)
        {
            case SingleQuery single:
                {
                    var pipeline = CompileSingleQuery(single, scope, subquery: true, out _);
                    var columns = pipeline.Columns.Select((c, i) => new VariableInfo(c, pipeline.ColumnSlots[i], VariableKind.Any)).ToList();
                    return new SubqueryPlan([pipeline], false, columns);
                }

            case UnionQuery union:
                {
                    var (parts, distinct) = CompileUnion(union, scope, subquery: true);
                    var columns = parts[0].Columns.Select(c => binder.Declare(c, VariableKind.Any)).ToList();
                    return new SubqueryPlan(parts, distinct, columns);
                }

            default:
                throw CypherErrors.Unsupported(query.GetType().Name, query);
        }
    }

    private QueryPipeline CompileSingleQuery(SingleQuery query, Scope scope, bool subquery, out Scope final)
    {
        var ops = new List<Operator>();
        string[] columns = [];
        int[] columnSlots = [];
        for (var i = 0; i < query.Clauses.Length; i++)
        {
            var clause = query.Clauses[i];
            var last = i == query.Clauses.Length - 1;
            switch (clause)
            {
                case MatchClause match:
                    {
                        var matcher = CompileMatchPattern(match.Pattern, match.Where, scope, allowNewVariables: true, out var next);
                        ops.Add(new MatchOperator(matcher, match.Optional));
                        scope = next;
                        break;
                    }

                case UnwindClause unwind:
                    {
                        var list = CompileExpression(unwind.Expression, scope);
                        var element = binder.BindUnwind(unwind, scope);
                        scope = scope.With(element);
                        ops.Add(new UnwindOperator(list, element.Slot));
                        break;
                    }

                case WithClause with:
                    scope = CompileProjection(with.Body, with.Where, scope, isReturn: false, ops, out _, out _);
                    break;
                case ReturnClause ret:
                    Binder.CheckReturnIsLast(ret, last);
                    scope = CompileProjection(ret.Body, null, scope, isReturn: true, ops, out columns, out columnSlots);
                    break;
                case CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause:
                    RefuseWriteAfterInTransactions(clause);
                    TryCompileUpdatingClause(clause, ref scope, ops);
                    break;
                case CallClause call:
                    scope = CompileCall(call, scope, ops, out var callColumns, out var callSlots);
                    if (call.Standalone || (last && call.Yield is null && !call.YieldAll))
                    {
                        columns = callColumns;
                        columnSlots = callSlots;
                    }

                    break;
                case SubqueryCallClause subqueryCall:
                    scope = CompileSubqueryCall(subqueryCall, scope, ops);
                    break;
                case FinishClause finish:
                    CompileFinish(finish, last);
                    break;
                case UseClause use:
                    CompileUse(use, i);
                    break;
                default:
                    throw CypherErrors.Unsupported(clause.GetType().Name, clause);
            }
        }

        Binder.CheckQueryEnd(query, subquery);
        final = scope;
        return new QueryPipeline([.. ops], columns, columnSlots);
    }
}
