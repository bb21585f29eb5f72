using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// <c>commits.gxm</c>: the sequence number of the last committed transaction, kept apart from the journal so that a
/// journal cut at a record boundary (which reads as a clean end) is still noticed: recovery compares the journal's end
/// with this number (format and reasoning in <see cref="JournalFormat"/>).
/// </summary>
/// <remarks>
/// Two 16-byte slots, written alternately (slot = sequence mod 2), each <c>magic[4]</c> ("GXCM") · <c>sequence i64</c> ·
/// <c>crc u32</c> over the previous 12 bytes; the valid slot with the higher sequence is the value. A slot is written
/// after the journal record is flushed and is not itself flushed: after a crash it may be behind the journal (harmless:
/// only a journal that ends <em>before</em> it is damage), and a torn slot write leaves the other slot valid.
/// Not thread-safe: owned by the storage, which serialises writes.
/// </remarks>
internal sealed class CommitManifest : IDisposable
{
    public const string FileName = "commits.gxm";
    private const int SlotSize = 16;

    private readonly SafeFileHandle handle;
    private readonly byte[] slot = new byte[SlotSize];

    private CommitManifest(SafeFileHandle handle) => this.handle = handle;

    private static ReadOnlySpan<byte> Magic => "GXCM"u8;

    /// <summary>
    /// The last committed sequence the manifest in <paramref name="folder"/> records: null when there is no manifest (a
    /// database written before it existed), or when neither slot is valid (<paramref name="damaged"/> is then true).
    /// </summary>
    public static long? Read(string folder, out bool damaged)
    {
        damaged = false;
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        long? best = null;
        for (var offset = 0; offset + SlotSize <= bytes.Length && offset < 2 * SlotSize; offset += SlotSize)
        {
            var candidate = bytes.AsSpan(offset, SlotSize);
            if (candidate[..4].SequenceEqual(Magic) && BinaryPrimitives.ReadUInt32LittleEndian(candidate[12..]) == Crc32C.Compute(candidate[..12]))
            {
                var sequence = BinaryPrimitives.ReadInt64LittleEndian(candidate[4..]);
                best = best is { } b ? Math.Max(b, sequence) : sequence;
            }
        }

        damaged = best is null;
        return best;
    }

    /// <summary>Opens (creating) the manifest of <paramref name="folder"/> for writing and records <paramref name="sequence"/> in both slots, durably.</summary>
    public static CommitManifest Create(string folder, long sequence)
    {
        var handle = File.OpenHandle(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var manifest = new CommitManifest(handle);
        try
        {
            manifest.WriteSlot(0, sequence);
            manifest.WriteSlot(1, sequence);
            RandomAccess.FlushToDisk(handle);
            return manifest;
        }
        catch
        {
            manifest.Dispose();
            throw;
        }
    }

    /// <summary>Records a committed sequence (one positioned write, not flushed: see the remarks).</summary>
    public void Record(long sequence) => WriteSlot((int)(sequence & 1), sequence);

    public void Dispose() => handle.Dispose();

    private void WriteSlot(int index, long sequence)
    {
        Magic.CopyTo(slot);
        BinaryPrimitives.WriteInt64LittleEndian(slot.AsSpan(4), sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(slot.AsSpan(12), Crc32C.Compute(slot.AsSpan(0, 12)));
        RandomAccess.Write(handle, slot, index * SlotSize);
    }
}
