using System.Buffers.Binary;

namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// Reads the records of one journal or snapshot file in order, checking every checksum, and tells a torn tail (the
/// remains of a write interrupted by a crash) from corruption.
/// </summary>
/// <remarks>
/// <para>Not thread-safe. Does not own the stream.</para>
/// <para>A damaged record is a torn tail only when nothing valid could have been written after it: the file ends inside
/// its header or payload, or its checksum fails and no record with valid checksums starts anywhere after it. Appends are
/// flushed one at a time, so a crash can only damage the last record; damage followed by valid data is corruption.
/// A valid header with an unknown version byte is a record from another format version, hence corruption even last.</para>
/// </remarks>
internal sealed class RecordFileReader(Stream stream, string path)
{
    private const int ScanWindow = 1 << 20;

    private readonly byte[] _header = new byte[JournalFormat.RecordHeaderSize];
    private byte[] _payload = new byte[4096];
    private int _payloadLength;

    public string Path { get; } = path;

    /// <summary>Offset of the next record to read.</summary>
    public long Position { get; private set; } = JournalFormat.FileHeaderSize;

    /// <summary>The current record (valid after <see cref="ReadNext"/> returned <see cref="RecordStatus.Record"/>).</summary>
    public RecordHeader Current { get; private set; }

    /// <summary>Offset of the current record's header.</summary>
    public long CurrentOffset { get; private set; }

    public ReadOnlySpan<byte> CurrentPayload => _payload.AsSpan(0, _payloadLength);

    /// <summary>Offset in the file of the current record's payload.</summary>
    public long CurrentPayloadOffset => CurrentOffset + JournalFormat.RecordHeaderSize;

    /// <summary>Human-readable reason the tail was judged torn (valid after <see cref="RecordStatus.TornTail"/>).</summary>
    public string TornReason { get; private set; } = "";

    /// <summary>
    /// Reads the record at <see cref="Position"/>. With <paramref name="tolerateTornTail"/> false, a torn tail is
    /// reported as corruption as well (for files that are never appended to: snapshots and older journals).
    /// </summary>
    public RecordStatus ReadNext(bool tolerateTornTail)
    {
        var offset = Position;
        var length = stream.Length;
        CurrentOffset = offset;
        if (offset == length)
        {
            return RecordStatus.End;
        }

        if (length - offset < JournalFormat.RecordHeaderSize)
        {
            return Torn(tolerateTornTail, $"the file ends {length - offset} bytes into a record header");
        }

        ReadAt(offset, _header);
        if (!RecordHeader.TryParse(_header, out var header))
        {
            if (AnyValidRecordFrom(offset + 1, length))
            {
                throw StorageErrors.Corruption(StorageErrors.ChecksumMismatch, Path, offset,
                    "a record header checksum does not match and valid records follow");
            }

            return Torn(tolerateTornTail, "a record header checksum does not match and nothing valid follows");
        }

        if (header.Version != JournalFormat.RecordVersion)
        {
            throw StorageErrors.Corruption(StorageErrors.UnknownVersion, Path, offset,
                $"unknown record version 0x{header.Version:X2} (this build reads 0x{JournalFormat.RecordVersion:X2})");
        }

        var payloadOffset = offset + JournalFormat.RecordHeaderSize;
        if (header.Length > length - payloadOffset)
        {
            return Torn(tolerateTornTail,
                $"the file ends {length - payloadOffset} bytes into a {header.Length}-byte payload");
        }

        if (_payload.Length < header.Length)
        {
            _payload = new byte[Math.Max(header.Length, Math.Min(2 * _payload.Length, JournalFormat.MaxPayloadLength))];
        }

        _payloadLength = header.Length;
        ReadAt(payloadOffset, _payload.AsSpan(0, header.Length));
        var next = payloadOffset + header.Length;
        if (Crc32C.Compute(CurrentPayload) != header.PayloadCrc)
        {
            if (AnyValidRecordFrom(next, length))
            {
                throw StorageErrors.Corruption(StorageErrors.ChecksumMismatch, Path, offset,
                    $"the checksum of record {header.Sequence}'s payload does not match and valid records follow");
            }

            return Torn(tolerateTornTail, $"the checksum of record {header.Sequence}'s payload does not match and nothing follows");
        }

        Current = header;
        Position = next;
        return RecordStatus.Record;
    }

    private RecordStatus Torn(bool tolerateTornTail, string reason)
    {
        if (!tolerateTornTail)
        {
            throw StorageErrors.Corruption(StorageErrors.ChecksumMismatch, Path, CurrentOffset, $"incomplete record: {reason}");
        }

        TornReason = reason;
        return RecordStatus.TornTail;
    }

    /// <summary>
    /// True when a record with a valid header and payload checksum starts at any offset in [from, length). Runs only
    /// on damage, so its cost (a pass over the rest of the file) is paid once, before recovery stops or truncates.
    /// </summary>
    private bool AnyValidRecordFrom(long from, long length)
    {
        var window = new byte[(int)Math.Clamp(length - from, 0, ScanWindow + JournalFormat.RecordHeaderSize)];
        for (var start = from; length - start >= JournalFormat.RecordHeaderSize; start += ScanWindow)
        {
            var count = (int)Math.Min(window.Length, length - start);
            ReadAt(start, window.AsSpan(0, count));
            for (var i = 0; i < ScanWindow && count - i >= JournalFormat.RecordHeaderSize; i++)
            {
                var candidate = window.AsSpan(i, JournalFormat.RecordHeaderSize);
                var payloadOffset = start + i + JournalFormat.RecordHeaderSize;
                if (BinaryPrimitives.ReadUInt32LittleEndian(candidate[1..]) <= length - payloadOffset
                    && RecordHeader.TryParse(candidate, out var header)
                    && PayloadMatches(payloadOffset, header))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool PayloadMatches(long payloadOffset, RecordHeader header)
    {
        var payload = new byte[header.Length];
        ReadAt(payloadOffset, payload);
        return Crc32C.Compute(payload) == header.PayloadCrc;
    }

    private void ReadAt(long offset, Span<byte> destination)
    {
        stream.Position = offset;
        stream.ReadExactly(destination);
    }
}
