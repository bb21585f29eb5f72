namespace GraphExplorer.Bolt.PackStream;

/// <summary>Bytes that are not valid PackStream, or a value that PackStream cannot carry. The connection that meets one
/// cannot trust what follows on the wire and is closed.</summary>
internal sealed class PackStreamException(string message) : Exception(message);
