namespace GraphExplorer.Database;

/// <summary>When an error was detected: before the query ran (nothing was read or written) or while it ran.</summary>
public enum CypherErrorPhase
{
    CompileTime,
    Runtime,
}
