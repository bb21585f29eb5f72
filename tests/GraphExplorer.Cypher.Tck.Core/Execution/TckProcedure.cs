using GraphExplorer.Cypher.Tck.Model;

namespace GraphExplorer.Cypher.Tck.Execution;

/// <summary>
/// A test procedure declared by a scenario: a fixed table from input values to output values. Calling it yields the
/// outputs of every row whose inputs equal the arguments, in table order (the TCK's procedure semantics).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TckProcedure
{
    public TckProcedure(
        string name,
        IReadOnlyList<ProcedureParameter> inputs,
        IReadOnlyList<ProcedureParameter> outputs,
        IReadOnlyList<(IReadOnlyList<object?> Inputs, IReadOnlyList<object?> Outputs)> rows)
    {
        Name = name;
        Inputs = inputs;
        Outputs = outputs;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<ProcedureParameter> Inputs { get; }

    public IReadOnlyList<ProcedureParameter> Outputs { get; }

    public IReadOnlyList<(IReadOnlyList<object?> Inputs, IReadOnlyList<object?> Outputs)> Rows { get; }

    /// <summary>The output rows for one call. Numbers compare by value across Integer and Float, so an argument
    /// 42 matches a FLOAT? row 42.0, as an engine coerces it to the declared type.</summary>
    public IEnumerable<IReadOnlyList<object?>> Call(IReadOnlyList<object?> arguments) =>
        Rows.Where(row => row.Inputs.Count == arguments.Count && row.Inputs.Zip(arguments).All(pair => SameArgument(pair.First, pair.Second)))
            .Select(row => row.Outputs);

    private static bool SameArgument(object? declared, object? argument) => (declared, argument) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (long or double, long or double) => Convert.ToDouble(declared, System.Globalization.CultureInfo.InvariantCulture)
            == Convert.ToDouble(argument, System.Globalization.CultureInfo.InvariantCulture),
        _ => declared.Equals(argument),
    };
}
