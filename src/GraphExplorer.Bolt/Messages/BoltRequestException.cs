namespace GraphExplorer.Bolt.Messages;

/// <summary>A request whose fields do not have the shape its message requires; answered with FAILURE, then the connection closes.</summary>
internal sealed class BoltRequestException(string message) : Exception(message);
