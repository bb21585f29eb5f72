using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Values;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// Index and constraint commands (CREATE, DROP), the SHOW commands' operator, and the rows of SHOW PROCEDURES and
/// SHOW FUNCTIONS (Cypher manual, "SHOW PROCEDURES", "SHOW FUNCTIONS"), one per routine with Neo4j's columns
/// (<see cref="LogicalPlanner.ProcedureColumns"/>, <see cref="LogicalPlanner.FunctionColumns"/>). A column the engine
/// has nothing to fill with (a function's description or signature, roles) is null, never made up.
/// </summary>
internal sealed partial class PhysicalPlanner
{
    /// <summary>CREATE/DROP INDEX and CREATE/DROP CONSTRAINT: one operator, run once.</summary>
    private static FlatMapOperator BuildSchemaCommand(SchemaCommand command)
    {
        Func<QueryContext, IEnumerable<object?[]>> run = command.Syntax switch
        {
            CreateIndexStatement create => CreateIndex(create),
            DropIndexStatement drop => DropIndex(drop),
            CreateFullTextIndexStatement create => CreateFullTextIndex(create),
            CreateConstraintStatement create => CreateConstraint(create),
            DropConstraintStatement drop => DropConstraint(drop),
            var other => throw CypherErrors.Unsupported(other.GetType().Name, other),
        };

        // The rows are the command's columns in order, and its columns took the query's first slots.
        return new FlatMapOperator(command.Name, (_, ctx) => run(ctx));
    }

    private static Func<QueryContext, IEnumerable<object?[]>> CreateIndex(CreateIndexStatement create)
    {
        var index = new IndexDefinition(
            create.Name ?? DefaultName("index", create.LabelOrType, create.Properties),
            create.Entity == SchemaEntity.Relationship,
            create.LabelOrType,
            create.Properties,
            string.IsNullOrEmpty(create.IndexType) ? "RANGE" : create.IndexType.ToUpperInvariant(),
            false);
        return ctx =>
        {
            var exists = ctx.Writer.Schema.Indexes.Any(i => i.Name == index.Name
                || (i.OnRelationships == index.OnRelationships && i.Covers(index.LabelOrType, index.Properties)));
            if (exists && !create.IfNotExists)
            {
                throw CypherErrors.EquivalentSchemaRuleExists("index", index.LabelOrType, index.Properties, create);
            }

            if (ctx.Writer.CreateIndex(index))
            {
                ctx.Statistics.IndexesAdded++;
            }

            return [];
        };
    }

    private static Func<QueryContext, IEnumerable<object?[]>> DropIndex(DropIndexStatement drop) => ctx =>
    {
        if (ctx.Writer.DropIndex(drop.Name))
        {
            ctx.Statistics.IndexesRemoved++;
        }
        else if (!drop.IfExists)
        {
            throw CypherErrors.SchemaRuleNotFound("IndexDropFailed", "index", drop.Name, drop);
        }

        return [];
    };

    private static Func<QueryContext, IEnumerable<object?[]>> CreateConstraint(CreateConstraintStatement create)
    {
        var kind = create.Kind switch
        {
            ConstraintKind.Unique => "UNIQUE",
            ConstraintKind.NotNull => "NOT NULL",
            ConstraintKind.PropertyType => PropertyTypeConstraintKind(create),
            _ => "NODE KEY",
        };
        var constraint = new ConstraintDefinition(
            create.Name ?? DefaultName("constraint", create.LabelOrType, create.Properties),
            create.Entity == SchemaEntity.Relationship,
            create.LabelOrType,
            create.Properties,
            kind);
        return ctx =>
        {
            var exists = ctx.Writer.Schema.Constraints.Any(c => c.Name == constraint.Name
                || (c.LabelOrType == constraint.LabelOrType && c.Properties.SequenceEqual(constraint.Properties) && c.Kind == constraint.Kind));
            if (exists && !create.IfNotExists)
            {
                throw CypherErrors.EquivalentSchemaRuleExists("constraint", constraint.LabelOrType, constraint.Properties, create);
            }

            if (!exists && ctx.Writer.CreateConstraint(constraint))
            {
                ctx.Statistics.ConstraintsAdded++;
            }

            return [];
        };
    }

    private static Func<QueryContext, IEnumerable<object?[]>> DropConstraint(DropConstraintStatement drop) => ctx =>
    {
        if (ctx.Writer.DropConstraint(drop.Name))
        {
            ctx.Statistics.ConstraintsRemoved++;
        }
        else if (!drop.IfExists)
        {
            throw CypherErrors.SchemaRuleNotFound("ConstraintDropFailed", "constraint", drop.Name, drop);
        }

        return [];
    };

    /// <summary>
    /// The kind of a property type constraint: "IS :: " and its type as canonical text, members in Neo4j's order without
    /// repeats, so that <c>INTEGER | STRING</c> and <c>STRING | INTEGER</c> are one constraint. Nodes only: a relationship's
    /// properties are not checked against constraints by this engine's writer.
    /// </summary>
    private static string PropertyTypeConstraintKind(CreateConstraintStatement create)
    {
        if (create.Entity == SchemaEntity.Relationship)
        {
            throw CypherErrors.Unsupported("A relationship property type constraint", create);
        }

        var type = create.PropertyType!;
        var members = type.Kind == ValueTypeKind.Union ? type.Members : [type];
        var names = members
            .OrderBy(m => m.Kind == ValueTypeKind.List ? 100 + (int)m.Element!.Kind : (int)m.Kind)
            .Select(m => m.Kind == ValueTypeKind.List ? $"LIST<{ScalarName(m.Element!.Kind)} NOT NULL>" : ScalarName(m.Kind))
            .Distinct();
        return ConstraintDefinition.PropertyTypeKindPrefix + string.Join(" | ", names);

        static string ScalarName(ValueTypeKind kind) => PropertyTypes.ScalarNames[kind - ValueTypeKind.Boolean];
    }

    private static string DefaultName(string kind, string labelOrType, IEnumerable<string> properties) =>
        $"{kind}_{labelOrType}_{string.Join("_", properties)}".ToLowerInvariant();

    /// <summary>Neo4j's finer categories of its numeric functions.</summary>
    private static readonly HashSet<string> TrigonometricFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "acos", "asin", "atan", "atan2", "cos", "cot", "degrees", "haversin", "pi", "radians", "sin", "tan",
    };

    private static readonly HashSet<string> LogarithmicFunctions = new(StringComparer.OrdinalIgnoreCase) { "e", "exp", "log", "log10", "sqrt" };

    private FlatMapOperator BuildShowCommand(ShowCommand show)
    {
        Func<QueryContext, IEnumerable<object?[]>> rows = show.Syntax switch
        {
            ShowRoutinesStatement { Kind: RoutineKind.Procedures } routines => ctx => ProcedureRows(ctx, routines.UserDefinedOnly),
            ShowRoutinesStatement routines => _ => FunctionRows(routines.UserDefinedOnly),
            ShowSchemaStatement { Constraints: true } constraints => ctx => ConstraintRows(ctx, constraints.ConstraintTypes),
            ShowSchemaStatement indexes => ctx => IndexRows(ctx, indexes.IndexType),
            ShowSettingsStatement settings => SettingRows(settings),
            TransactionsStatement { Terminate: true } terminate => TerminateRows(terminate),
            TransactionsStatement transactions => TransactionRows(transactions),
            var other => throw CypherErrors.Unsupported(other.GetType().Name, other),
        };
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
