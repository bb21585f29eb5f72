using System.Runtime.CompilerServices;
using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Cypher.BulkImport;

/// <summary>
/// The properties of the node or relationship being read, encoded as the snapshot's records hold them: (key token,
/// value) pairs, appended field by field from the CSV reader's spans, without a value object or a map per entity.
/// Not thread-safe: one per import, cleared before each entity.
/// </summary>
internal sealed class ImportedProperties
{
    private readonly PayloadWriter pairs = new(1024);

    public int Count { get; private set; }

    public ReadOnlySpan<byte> Pairs => pairs.WrittenSpan;

    public void Clear()
    {
        pairs.Clear();
        Count = 0;
    }

    /// <summary>Appends the field as <paramref name="column"/>'s value; null, or why the field is not one (then the entity is dropped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Add(int keyToken, ReadOnlySpan<char> field, ImportColumn column, char arrayDelimiter)
    {
        pairs.WriteVarUInt64((ulong)keyToken);
        Count++;
        return ImportValues.Encode(pairs, field, column, arrayDelimiter);
    }
}
