namespace GraphExplorer.Database;

/// <summary>Whether a transaction may write. Read transactions can be routed to read replicas.</summary>
public enum AccessMode
{
    Read,
    Write,
}
