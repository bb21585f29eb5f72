namespace GraphExplorer.Cypher.Planning;

/// <summary>What the planner knows of a procedure: its name, typed inputs (the last <see cref="OptionalInputs"/> may be left out) and output fields.</summary>
internal sealed record ProcedureSignature(string Name, IReadOnlyList<(string Name, string Type)> Inputs, int OptionalInputs, IReadOnlyList<string> Outputs);

/// <summary>The procedures a query may call, by name, as the planner sees them (Execution's registry implements it).</summary>
internal interface IProcedureCatalog
{
    ProcedureSignature? FindSignature(string name);
}
