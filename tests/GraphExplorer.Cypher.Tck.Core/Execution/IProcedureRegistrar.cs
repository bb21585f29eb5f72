using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tck.Execution;

/// <summary>
/// Installs a scenario's test procedures in a database. <see cref="IGraphDatabase"/> has no way to register
/// procedures, so this is the one backend-specific hook of the harness; without one, scenarios that declare
/// procedures are skipped.
/// </summary>
public interface IProcedureRegistrar
{
    /// <summary>Makes <paramref name="procedure"/> callable in <paramref name="database"/> (a database made by the
    /// executor's factory) until the database is disposed.</summary>
    void Register(IGraphDatabase database, TckProcedure procedure);
}
