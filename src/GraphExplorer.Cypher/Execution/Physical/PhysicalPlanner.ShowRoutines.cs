using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// The rows of SHOW PROCEDURES and SHOW FUNCTIONS (Cypher manual, "SHOW PROCEDURES", "SHOW FUNCTIONS"), one per
/// routine with Neo4j's columns (<see cref="LogicalPlanner.ProcedureColumns"/>, <see cref="LogicalPlanner.FunctionColumns"/>).
/// A column the engine has nothing to fill with (a function's description or signature, roles) is null, never made up.
/// </summary>
internal sealed partial class PhysicalPlanner
{
    /// <summary>Neo4j's finer categories of its numeric functions.</summary>
    private static readonly HashSet<string> TrigonometricFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "acos", "asin", "atan", "atan2", "cos", "cot", "degrees", "haversin", "pi", "radians", "sin", "tan",
    };

    private static readonly HashSet<string> LogarithmicFunctions = new(StringComparer.OrdinalIgnoreCase) { "e", "exp", "log", "log10", "sqrt" };

    private FlatMapOperator BuildShowRoutines(ShowRoutines show)
    {
        Func<QueryContext, IEnumerable<object?[]>> rows = show.Syntax.Kind == RoutineKind.Procedures
            ? ctx => ProcedureRows(ctx, show.Syntax.UserDefinedOnly)
            : _ => FunctionRows(show.Syntax.UserDefinedOnly);
        var fieldIndexes = show.FieldIndexes.ToArray();
        var yieldSlots = show.YieldSlots.ToArray();
        return new FlatMapOperator(show.Name, (row, ctx) => rows(ctx).Select(values =>
        {
            var copy = (object?[])row.Clone();
            for (var i = 0; i < yieldSlots.Length; i++)
            {
                copy[yieldSlots[i]] = values[fieldIndexes[i]];
            }

            return copy;
        }));
    }

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
