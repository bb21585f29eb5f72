namespace GraphExplorer.Bolt.Server;

/// <summary>What an authenticated Bolt connection may do.</summary>
public enum BoltAccess
{
    Read,
    Write,
}
