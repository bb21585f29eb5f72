namespace GraphExplorer.Bolt.Transport;

/// <summary>A request message larger than the server accepts (<c>Bolt:MaxMessageBytes</c>).</summary>
internal sealed class BoltMessageTooLargeException(int limit)
    : Exception($"A Bolt request message exceeded the limit of {limit} bytes (Bolt:MaxMessageBytes); the connection is closed.")
{
    public int Limit { get; } = limit;
}
