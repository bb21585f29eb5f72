using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Execution.Functions;

/// <summary>A scalar function: arity bounds and its body over evaluated arguments.</summary>
internal sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, Func<object?[], QueryContext, object?> Body)
{
    /// <summary>Whether a null argument makes the result null without calling the body (most functions).</summary>
    public bool NullInNullOut { get; init; } = true;

    /// <summary>Not deterministic (rand, randomUUID, timestamp): never constant-folded.</summary>
    public bool Volatile { get; init; }

    /// <summary>The group it is listed under by SHOW FUNCTIONS (Neo4j's categories: String, List, Temporal, …).</summary>
    public string Category { get; init; } = "Scalar";

    /// <summary>Part of Cypher itself; false for a plugin's function (APOC), listed by SHOW USER DEFINED FUNCTIONS.</summary>
    public bool BuiltIn { get; init; } = true;
}

/// <summary>
/// The scalar function library, by lower-case name (Cypher function names are case-insensitive).
/// Aggregating functions are listed in <see cref="AggregateFunctions"/> and handled by the projection.
/// </summary>
/// <remarks>Thread-safe: built once, read-only afterwards.</remarks>
internal static partial class FunctionLibrary
{
    private static readonly Dictionary<string, FunctionDefinition> Functions = Build();

    public static FunctionDefinition? Find(string name) => Functions.GetValueOrDefault(name.ToLowerInvariant());

    /// <summary>Every scalar function, for SHOW FUNCTIONS.</summary>
    public static IEnumerable<FunctionDefinition> All => Functions.Values;

    private static Dictionary<string, FunctionDefinition> Build()
    {
        var table = new Dictionary<string, FunctionDefinition>(StringComparer.Ordinal);
        Action<FunctionDefinition> Add(string category) => f => table[f.Name.ToLowerInvariant()] = f with { Category = category };
        AddScalarFunctions(Add("Scalar"));
        AddConversionFunctions(Add("Scalar"));
        AddStringFunctions(Add("String"));
        AddMathFunctions(Add("Numeric"));
        AddListFunctions(Add("List"));
        AddTemporalFunctions(Add("Temporal"));
        AddSpatialFunctions(Add("Spatial"));
        foreach (var apoc in Procedures.ApocLibrary.Functions)
        {
            Add("APOC")(apoc with { BuiltIn = false });
        }
        return table;
    }

    internal static long AsLong(object? value, string function) => value switch
    {
        long l => l,
        double d when Math.Floor(d) == d => (long)d,
        _ => throw CypherErrors.InvalidArgumentType($"{function} expects an Integer, got {Operations.TypeName(value)}"),
    };

    internal static string AsString(object? value, string function) => value as string
        ?? throw CypherErrors.InvalidArgumentType($"{function} expects a String, got {Operations.TypeName(value)}");

    internal static double AsNumber(object? value, string function) => value switch
    {
        long l => l,
        double d => d,
        _ => throw CypherErrors.InvalidArgumentType($"{function} expects a number, got {Operations.TypeName(value)}"),
    };
}
