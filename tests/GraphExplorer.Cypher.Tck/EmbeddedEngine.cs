using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Tck.Execution;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tck.Runner;

/// <summary>
/// The backend the TCK is run against: fresh in-memory instances of the embedded engine, and the registrar that
/// installs a scenario's test procedures in them (through the engine's internal procedure registry, which
/// GraphExplorer.Cypher opens to this assembly).
/// </summary>
public static class EmbeddedEngine
{
    /// <summary>A new, empty in-memory database.</summary>
    public static IGraphDatabase CreateInMemory() => EmbeddedGraphDatabase.CreateInMemory();

    /// <summary>A new, empty in-memory database whose LOAD CSV reads files from <paramref name="importDirectory"/> (null: none).</summary>
    public static IGraphDatabase CreateInMemory(string? importDirectory) =>
        EmbeddedGraphDatabase.CreateInMemory(new EmbeddedDatabaseOptions(ImportDirectory: importDirectory));

    /// <summary>Registers TCK procedures in databases made by <see cref="CreateInMemory"/>.</summary>
    public static IProcedureRegistrar Procedures { get; } = new ProcedureRegistrar();

    private sealed class ProcedureRegistrar : IProcedureRegistrar
    {
        public void Register(IGraphDatabase database, TckProcedure procedure)
        {
            var embedded = database as EmbeddedGraphDatabase
                ?? throw new ArgumentException($"Procedures can only be registered in the embedded engine, not in {database.BackendName}.", nameof(database));
            embedded.Procedures.Register(new ProcedureDefinition(
                procedure.Name,
                procedure.Inputs.Select(p => (p.Name, p.Type)).ToList(),
                procedure.Outputs.Select(p => (p.Name, p.Type)).ToList(),
                (_, arguments) => procedure.Call(arguments).Select(row => row.ToArray()).ToList()));
        }
    }
}
