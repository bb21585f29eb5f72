namespace GraphExplorer.Cypher.Execution;

/// <summary>A procedure callable with CALL: typed inputs and outputs and a body producing rows of outputs.</summary>
/// <param name="Body">Given the context and one value per input, returns rows with one value per output.</param>
internal sealed record ProcedureDefinition(
    string Name,
    IReadOnlyList<(string Name, string Type)> Inputs,
    IReadOnlyList<(string Name, string Type)> Outputs,
    Func<QueryContext, IReadOnlyList<object?>, IEnumerable<object?[]>> Body)
{
    /// <summary>How many of the last inputs may be left out of a call (the body then receives fewer values).</summary>
    public int OptionalInputs { get; init; }
}

/// <summary>
/// The procedures of one database: the built-in db.* procedures plus any registered (e.g. by the TCK runner).
/// </summary>
/// <remarks>Thread-safe: registration and lookup are synchronised.</remarks>
internal sealed class ProcedureRegistry : Planning.IProcedureCatalog
{
    private readonly Dictionary<string, ProcedureDefinition> procedures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    public ProcedureRegistry()
    {
        foreach (var procedure in Procedures.FullTextProcedures.All)
        {
            Register(procedure);
        }

        Register(new("db.labels", [], [("label", "STRING?")],
            (ctx, _) => ctx.Graph.LabelsInUse().Order(StringComparer.Ordinal).Select(l => new object?[] { l }).ToList()));
        Register(new("db.relationshipTypes", [], [("relationshipType", "STRING?")],
            (ctx, _) => ctx.Graph.RelationshipTypesInUse().Order(StringComparer.Ordinal).Select(t => new object?[] { t }).ToList()));
        Register(new("db.propertyKeys", [], [("propertyKey", "STRING?")],
            (ctx, _) => ctx.Graph.PropertyKeysInUse().Order(StringComparer.Ordinal).Select(k => new object?[] { k }).ToList()));
        Register(DbmsComponentsProcedure.Definition);
        foreach (var procedure in Procedures.SchemaProcedures.All)
        {
            Register(procedure);
        }

        foreach (var procedure in Procedures.ApocLibrary.Procedures)
        {
            Register(procedure);
        }
    }

    public void Register(ProcedureDefinition procedure)
    {
        lock (gate)
        {
            procedures[procedure.Name] = procedure;
        }
    }

    /// <summary>Every procedure, for SHOW PROCEDURES.</summary>
    public IReadOnlyList<ProcedureDefinition> All()
    {
        lock (gate)
        {
            return [.. procedures.Values];
        }
    }

    public ProcedureDefinition? Find(string name)
    {
        lock (gate)
        {
            return procedures.GetValueOrDefault(name);
        }
    }

    /// <summary>A procedure's signature, as the logical planner binds a CALL with it.</summary>
    public Planning.ProcedureSignature? FindSignature(string name) =>
        Find(name) is { } procedure
            ? new(procedure.Name, procedure.Inputs, procedure.OptionalInputs, [.. procedure.Outputs.Select(o => o.Name)])
            : null;

    /// <summary>Converts procedure output rows given as CLR values (long, string, ...) to runtime values.</summary>
    internal static object? ToRuntime(object? value) => value switch
    {
        null => null,
        int i => (long)i,
        _ => value,
    };
}
