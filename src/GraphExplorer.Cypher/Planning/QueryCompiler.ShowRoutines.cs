using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// SHOW PROCEDURES and SHOW FUNCTIONS (Cypher manual, "SHOW PROCEDURES", "SHOW FUNCTIONS"): one row per routine with
/// Neo4j's columns, then YIELD (a WITH of the chosen columns, with its ORDER BY, SKIP, LIMIT and WHERE) and RETURN.
/// A column the engine has nothing to fill with (a function's description or signature, roles) is null, never made up.
/// </summary>
internal sealed partial class QueryCompiler
{
    private static readonly string[] ProcedureColumns =
    [
        "name", "description", "mode", "worksOnSystem", "signature", "argumentDescription", "returnDescription", "admin",
        "rolesExecution", "rolesBoostedExecution", "isDeprecated", "deprecatedBy", "option",
    ];

    private static readonly string[] ProcedureDefaultColumns = ["name", "description", "mode", "worksOnSystem"];

    private static readonly string[] FunctionColumns =
    [
        "name", "category", "description", "signature", "isBuiltIn", "argumentDescription", "returnDescription", "aggregating",
        "rolesExecution", "rolesBoostedExecution", "isDeprecated", "deprecatedBy",
    ];

    private static readonly string[] FunctionDefaultColumns = ["name", "category", "description"];

    /// <summary>Neo4j's finer categories of its numeric functions.</summary>
    private static readonly HashSet<string> TrigonometricFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "acos", "asin", "atan", "atan2", "cos", "cot", "degrees", "haversin", "pi", "radians", "sin", "tan",
    };

    private static readonly HashSet<string> LogarithmicFunctions = new(StringComparer.OrdinalIgnoreCase) { "e", "exp", "log", "log10", "sqrt" };

    private CompiledQuery CompileShowRoutines(ShowRoutinesStatement show)
    {
        var (all, defaults) = show.Kind == RoutineKind.Procedures
            ? (ProcedureColumns, ProcedureDefaultColumns)
            : (FunctionColumns, FunctionDefaultColumns);
        var yielded = show.YieldAll ? all.Select(c => (Field: c, Variable: c)).ToList()
            : show.Yield is { } items ? items.Select(i => Yielded(i, all)).ToList()
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

            yieldSlots[i] = slots.Next();
            scope = scope.With(new VariableInfo(yielded[i].Variable, yieldSlots[i], VariableKind.Any));
        }

        Func<QueryContext, IEnumerable<object?[]>> rows = show.Kind == RoutineKind.Procedures
            ? ctx => ProcedureRows(ctx, show.UserDefinedOnly)
            : _ => FunctionRows(show.UserDefinedOnly);
        var ops = new List<Operator>
        {
            new FlatMapOperator($"Show{show.Kind}", (row, ctx) => rows(ctx).Select(values =>
            {
                var copy = (object?[])row.Clone();
                for (var i = 0; i < yieldSlots.Length; i++)
                {
                    copy[yieldSlots[i]] = values[fieldIndexes[i]];
                }

                return copy;
            })),
        };

        if (!show.OrderBy.IsEmpty || show.Skip is not null || show.Limit is not null || show.Where is not null)
        {
            var body = new ProjectionBody(false, true, [], show.OrderBy, show.Skip, show.Limit, show.Span);
            scope = CompileProjection(body, show.Where, scope, isReturn: false, ops, out _, out _);
        }

        string[] columns;
        int[] columnSlots;
        if (show.Return is { } returned)
        {
            CompileProjection(returned.Body, null, scope, isReturn: true, ops, out columns, out columnSlots);
        }
        else
        {
            columns = [.. yielded.Select(y => y.Variable)];
            columnSlots = [.. columns.Select(c => scope.Find(c)!.Slot)];
        }

        return new CompiledQuery
        {
            Parts = [new QueryPipeline([.. ops], columns, columnSlots)],
            UnionDistinct = false,
            Columns = columns,
            Updating = false,
            SlotCount = slots.Count,
            Parameters = parameters,
            Schema = graph.Schema,
            NodeCountAtCompile = graph.NodeCount,
        };
    }

    private static (string Field, string Variable) Yielded(YieldItem item, string[] columns) =>
        columns.Contains(item.Field, StringComparer.Ordinal) ? (item.Field, item.Variable) : throw CypherErrors.UndefinedVariable(item.Field, item);

    /// <summary>
    /// One row per procedure. The engine's procedures are all built in or registered by the host, and run as reads;
    /// a field's description is Neo4j's default for an undocumented one, <c>name :: TYPE</c>.
    /// </summary>
    private static IEnumerable<object?[]> ProcedureRows(QueryContext ctx, bool userDefinedOnly) =>
        userDefinedOnly ? [] : ctx.Procedures.All().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new object?[]
        {
            p.Name,
            null,
            "READ",
            false,
            $"{p.Name}({string.Join(", ", p.Inputs.Select(Field))}) :: ({string.Join(", ", p.Outputs.Select(Field))})",
            p.Inputs.Select(FieldDescription).ToList<object?>(),
            p.Outputs.Select(FieldDescription).ToList<object?>(),
            false,
            null,
            null,
            false,
            null,
            new Dictionary<string, object?> { ["deprecated"] = false },
        }).ToList();

    /// <summary>One row per function, scalar and aggregating, all built in; their signatures are not recorded, so null.</summary>
    private static IEnumerable<object?[]> FunctionRows(bool userDefinedOnly)
    {
        var scalar = FunctionLibrary.All.Select(f => (f.Name, Category: RefinedCategory(f), Aggregating: false, f.BuiltIn));
        var aggregating = AggregateFunctions.Arities.Keys.Select(name => (Name: AggregateName(name), Category: "Aggregating", Aggregating: true, BuiltIn: true));
        return scalar.Concat(aggregating).Where(f => !userDefinedOnly || !f.BuiltIn).OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Select(f => new object?[]
        {
            f.Name, f.Category, null, null, f.BuiltIn, null, null, f.Aggregating, null, null, false, null,
        }).ToList();
    }

    private static string RefinedCategory(FunctionDefinition function) =>
        function.Category != "Numeric" ? function.Category
        : TrigonometricFunctions.Contains(function.Name) ? "Trigonometric"
        : LogarithmicFunctions.Contains(function.Name) ? "Logarithmic"
        : "Numeric";

    /// <summary>Aggregates are keyed in lower case; Neo4j lists them as written (<c>stDev</c>, <c>percentileCont</c>).</summary>
    private static string AggregateName(string name) => name switch
    {
        "stdev" => "stDev",
        "stdevp" => "stDevP",
        "percentiledisc" => "percentileDisc",
        "percentilecont" => "percentileCont",
        _ => name,
    };

    private static string Field((string Name, string Type) field) => $"{field.Name} :: {field.Type.TrimEnd('?')}";

    private static Dictionary<string, object?> FieldDescription((string Name, string Type) field) => new()
    {
        ["name"] = field.Name,
        ["description"] = Field(field),
        ["type"] = field.Type.TrimEnd('?'),
    };
}
