namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// A checksummed payload that does not decode. Internal to the journal: recovery converts it into a StorageCorruption
/// <see cref="GraphExplorer.Database.CypherException"/> naming the file and the byte offset.
/// </summary>
internal sealed class PayloadFormatException(string reason, int offset) : Exception($"{reason} at payload offset {offset}")
{
    public string Reason { get; } = reason;

    /// <summary>Offset of the problem from the start of the payload.</summary>
    public int Offset { get; } = offset;
}
