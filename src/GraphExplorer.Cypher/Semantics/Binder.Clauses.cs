using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>Clause order, UNION, UNWIND, CALL's YIELD, subqueries and the updating clauses' operands.</summary>
internal sealed partial class Binder
{
    /// <summary>UNION and UNION ALL may not be mixed in one query.</summary>
    public static void CheckUnion(UnionQuery union)
    {
        if (union.All.Distinct().Count() > 1)
        {
            throw CypherErrors.MixedUnion(union);
        }
    }

    /// <summary>Every branch of a UNION returns the same columns, in the same order.</summary>
    public static void CheckUnionColumns(UnionQuery union, IReadOnlyList<string[]> columnsOfBranches)
    {
        for (var i = 1; i < columnsOfBranches.Count; i++)
        {
            if (!columnsOfBranches[i].SequenceEqual(columnsOfBranches[0]))
            {
                throw CypherErrors.DifferentColumnsInUnion(union.Queries[i]);
            }
        }
    }

    /// <summary>RETURN ends a query.</summary>
    public static void CheckReturnIsLast(ReturnClause ret, bool last)
    {
        if (!last)
        {
            throw CypherErrors.ReturnNotLast(ret);
        }
    }

    /// <summary>A query (not a subquery) may not end with a reading clause or WITH.</summary>
    public static void CheckQueryEnd(SingleQuery query, bool subquery)
    {
        var lastClause = query.Clauses.LastOrDefault();
        if (!subquery && lastClause is MatchClause or WithClause or UnwindClause or LoadCsvClause)
        {
            throw CypherErrors.InvalidClauseComposition(
                "Query cannot conclude with " + ClauseName(lastClause) + " (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call)", lastClause);
        }
    }

    private static string ClauseName(Clause clause) => clause switch
    {
        MatchClause => "MATCH",
        WithClause => "WITH",
        UnwindClause => "UNWIND",
        LoadCsvClause => "LOAD CSV",
        _ => clause.GetType().Name,
    };

    /// <summary>UNWIND declares a new variable for the list's elements.</summary>
    public VariableInfo BindUnwind(UnwindClause unwind, Scope scope)
    {
        if (scope.Contains(unwind.Variable))
        {
            throw CypherErrors.VariableAlreadyBound(unwind.Variable, unwind);
        }

        return Declare(unwind.Variable, VariableKind.Any);
    }

    /// <summary>LOAD CSV declares a new variable for each record of the file.</summary>
    public VariableInfo BindLoadCsv(LoadCsvClause load, Scope scope)
    {
        if (scope.Contains(load.Variable))
        {
            throw CypherErrors.VariableAlreadyBound(load.Variable, load);
        }

        return Declare(load.Variable, VariableKind.Any);
    }

    /// <summary>
    /// The (output field, variable) pairs a CALL yields: all of them for <c>YIELD *</c> or a standalone CALL without
    /// YIELD, else the ones named, each a known field bound to a new variable; a CALL inside a query must YIELD.
    /// </summary>
    public static List<(string Field, string Variable)> YieldedFields(CallClause call, IReadOnlyList<string> outputs, Scope scope)
    {
        var yielded = new List<(string Field, string Variable)>();
        if (call.YieldAll || (call.Yield is null && call.Standalone))
        {
            yielded.AddRange(outputs.Select(o => (o, o)));
        }
        else if (call.Yield is { } items)
        {
            foreach (var item in items)
            {
                if (!outputs.Contains(item.Field))
                {
                    throw CypherErrors.UndefinedVariable(item.Field, item);
                }

                // A yielded name must be new: bound neither before the call nor by an earlier item of the same YIELD.
                if (scope.Contains(item.Variable) || yielded.Exists(y => y.Variable == item.Variable))
                {
                    throw CypherErrors.VariableAlreadyBound(item.Variable, item);
                }

                yielded.Add((item.Field, item.Variable));
            }
        }
        else if (outputs.Count > 0 && !call.Standalone)
        {
            throw CypherErrors.ProcedureCallWithoutYield(call);
        }

        return yielded;
    }

    /// <summary>The scope after <c>CALL { … }</c>: the subquery's columns added, none of them bound before.</summary>
    public static Scope BindSubqueryColumns(IEnumerable<VariableInfo> columns, Scope scope, SubqueryCallClause call)
    {
        foreach (var column in columns)
        {
            if (scope.Contains(column.Name))
            {
                throw CypherErrors.VariableAlreadyBound(column.Name, call);
            }

            scope = scope.With(column);
        }

        return scope;
    }

    /// <summary>EXISTS { … } and COUNT { … } only read.</summary>
    public static void CheckReadOnlySubquery(Query? query, SyntaxNode at)
    {
        var clauses = query switch
        {
            SingleQuery single => single.Clauses.AsEnumerable(),
            UnionQuery union => union.Queries.SelectMany(q => q.Clauses),
            _ => [],
        };
        if (clauses.Any(c => c is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause))
        {
            throw CypherErrors.UpdateInExistsOrCountSubquery(at);
        }
    }

    /// <summary>
    /// DELETE takes nodes, relationships and paths. <c>DELETE n:Label</c> is no expression DELETE can take at all
    /// (Neo4j refuses it as syntax: InvalidDelete); a literal, map or operator result is an expression of the wrong
    /// type (Neo4j: "Type mismatch: expected Node, Path or Relationship but was Integer": InvalidArgumentType).
    /// </summary>
    public static void CheckDeleteTarget(Expression expression)
    {
        if (expression is HasLabels)
        {
            throw CypherErrors.InvalidDelete(expression);
        }

        if (expression is IntegerLiteral or FloatLiteral or StringLiteral or BooleanLiteral or MapLiteral or Binary)
        {
            throw CypherErrors.DeleteOfNonEntity(StaticTypes.Of(expression, Scope.Empty)?.ToString() ?? "the result of an operator", expression);
        }
    }

    /// <summary>FINISH ends a query (Cypher manual, "FINISH").</summary>
    public static void CheckFinish(FinishClause finish, bool last)
    {
        if (!last)
        {
            throw CypherErrors.FinishNotLast(finish);
        }
    }

    /// <summary>USE names the graph a query runs on, first; the embedded engine has one, called neo4j as Neo4j's default.</summary>
    public static void CheckUse(UseClause use, int position)
    {
        if (position != 0)
        {
            throw CypherErrors.UseNotFirst(use);
        }

        if (!string.Equals(use.Database, "neo4j", StringComparison.OrdinalIgnoreCase))
        {
            throw CypherErrors.DatabaseNotFound(use.Database, use);
        }
    }

    /// <summary>A YIELD item of SHOW PROCEDURES or SHOW FUNCTIONS names one of the command's columns.</summary>
    public static (string Field, string Variable) YieldedRoutineField(YieldItem item, IReadOnlyList<string> columns) =>
        columns.Contains(item.Field, StringComparer.Ordinal) ? (item.Field, item.Variable) : throw CypherErrors.UndefinedVariable(item.Field, item);
}
