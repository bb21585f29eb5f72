namespace GraphExplorer.Bolt.Transport;

/// <summary>A peer that does not open with a Bolt handshake; the connection is closed.</summary>
internal sealed class BoltHandshakeException(string message) : Exception(message);
