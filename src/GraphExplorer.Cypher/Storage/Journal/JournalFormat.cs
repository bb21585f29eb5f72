namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// The on-disk format of a <see cref="FileDurableStorage"/> database folder: the one place that defines it.
/// </summary>
/// <remarks>
/// <para><b>Files.</b> A database is a folder holding:</para>
/// <list type="bullet">
/// <item><c>database.lock</c>: held open with <see cref="FileShare.None"/> while the database is open (on Unix .NET also
/// takes an exclusive <c>flock</c> on it), so a second opener fails. Its content (the owner's process id) is informative only.</item>
/// <item><c>snapshot.gxs</c> (optional): every committed transaction up to and including its last sequence number,
/// flattened into the mutations that build the graph from empty.</item>
/// <item><c>journal-NNNNNNNNNNNNNNNNNNNN.gxj</c>: append-only journals; N (20 decimal digits) is the sequence number of
/// the first transaction the file holds or will hold. Usually there is one; a crash during compaction can leave an older
/// one, which the snapshot makes obsolete.</item>
/// <item><c>commits.gxm</c>: the commit manifest (see <see cref="CommitManifest"/>): the sequence number of the last
/// committed transaction, in two 16-byte slots written alternately (slot = sequence mod 2), each <c>magic[4]</c>
/// ("GXCM") · <c>sequence i64</c> · <c>crc u32</c> over the previous 12 bytes; the valid slot with the higher sequence
/// counts. Absent in folders written before it existed.</item>
/// <item><c>*.tmp</c>: files being written by a compaction; a crash can leave them, and opening deletes them.</item>
/// </list>
/// <para>All integers are little-endian. Every checksum is CRC-32C (Castagnoli, reflected polynomial 0x82F63B78,
/// initial value and final xor 0xFFFFFFFF), see <see cref="Crc32C"/>.</para>
///
/// <para><b>File header</b> (24 bytes, at offset 0 of a journal or snapshot):
/// <c>magic[8]</c> ("GXJOURNL" or "GXSNAPSH") · <c>formatVersion u8</c> (journals 1, snapshots 1 or 2) ·
/// <c>reserved[3]</c> (zero) · <c>sequence i64</c> (journal: first sequence number; snapshot: last sequence number
/// included, 0 for none) · <c>crc u32</c> over the previous 20 bytes.</para>
///
/// <para><b>Record</b> (follows the file header, repeated to the end of the file): a 21-byte header
/// <c>version u8</c> (= 0xA1) · <c>length u32</c> (payload bytes) · <c>sequence i64</c> · <c>payloadCrc u32</c> ·
/// <c>headerCrc u32</c> over the previous 17 bytes; then <c>length</c> payload bytes. The header checksum lets recovery
/// trust the length before reading the payload, and tell a record of an unknown version (valid header checksum,
/// unknown version byte: corruption) from garbage left by a torn write.</para>
///
/// <para><b>Journal record payload</b>: one committed transaction: <c>count varint</c>, then <c>count</c> mutations.
/// Journal records carry the transaction's sequence number, which starts at 1 and increases by one per transaction
/// across files: the first record of a journal has the sequence number in the file's name and header.</para>
///
/// <para><b>Snapshot records</b>: chunks of at most about <see cref="FileDurableStorageOptions.SnapshotChunkBytes"/>
/// bytes, sequence numbers 1, 2, ... (the chunk index). Payload <c>kind u8</c>: 0 = data, followed by
/// <c>count varint</c> and <c>count</c> mutations; 1 = end, followed by <c>totalMutations varint</c>; the end chunk is the
/// last record of the file. A snapshot is written under a temporary name and renamed into place only when complete and
/// flushed, so any damage to it (including a missing end chunk) is corruption, never a torn write.</para>
///
/// <para><b>Snapshot format version 2</b> (the header's <c>formatVersion</c>; journals stay at 1) adds chunk kinds that
/// hold a graph's nodes and relationships as compact records, so that opening fills columns and adjacency arrays
/// (<see cref="CompactGraph"/>) instead of replaying a mutation per entity. Each is <c>kind u8</c> · <c>count varint</c>
/// · <c>count</c> entries:
/// 2 = tokens: <c>tokenKind u8</c> (0 label, 1 relationship type, 2 property key) · name string; tokens are numbered
/// from 0 in file order across all token chunks;
/// 3 = label sets: <c>n varint</c> · <c>n</c> label token ids (a node's labels as its mutation listed them); numbered
/// from 0 in file order;
/// 4 = nodes: <c>idDelta varint</c> (id minus the previous node's id, the first counted from -1: always ≥ 1) ·
/// <c>labelSet varint</c> · properties;
/// 5 = relationships: <c>idDelta varint</c> (as for nodes) · <c>type token varint</c> · <c>start</c> and <c>end</c>
/// zigzag varints · properties.
/// Properties: <c>length varint</c> (0: none), then <c>length</c> bytes: <c>count varint</c> · <c>count</c> ×
/// (<c>key token varint</c> · value). A token or label set is written before the first section chunk using it. The
/// chunks come in this order: data chunks holding only schema mutations, node chunks, relationship chunks, then data
/// chunks with whatever did not fit that order (<see cref="CompactSnapshotWriter"/>); each mutation counts one towards
/// the end chunk's total, each node and relationship as the CreateNode or CreateRelationship it stands for. A version 1
/// snapshot still opens; a writable open rewrites it as version 2 (steps 1 and 2 of compaction, same sequence).</para>
///
/// <para><b>Varints</b>: unsigned LEB128 (7 bits per byte, low group first, high bit = more). Signed integers are
/// zigzag-encoded first (0, -1, 1, -2 → 0, 1, 2, 3). <b>Strings</b>: <c>header varint</c> = (byte count &lt;&lt; 1) | utf16,
/// then the bytes: UTF-8 when utf16 = 0; raw UTF-16LE code units when utf16 = 1, used only for strings that are not
/// valid UTF-16 (lone surrogates), so every .NET string round-trips exactly.</para>
///
/// <para><b>Mutation</b>: <c>tag u8</c>, then its fields in declaration order (see <see cref="MutationCodec"/>):
/// ids are zigzag varints; labels and property-key lists are <c>count varint</c> + strings; property maps are
/// <c>count varint</c> + (key string, value) pairs; booleans are one byte 0 or 1.</para>
/// <para>Tags: 1 CreateNode · 2 DeleteNode · 3 CreateRelationship · 4 DeleteRelationship · 5 SetNodeProperty ·
/// 6 SetRelationshipProperty · 7 AddLabel · 8 RemoveLabel · 9 CreateIndex · 10 DropIndex · 11 CreateConstraint ·
/// 12 DropConstraint · 13 CreateFullTextIndex (name, onRelationships, labels or types, properties, analyzer,
/// eventuallyConsistent; the index's Lucene documents are not journalled: they are rebuilt from the graph on open).</para>
///
/// <para><b>Value</b>: <c>tag u8</c>, then (see <see cref="PropertyValueCodec"/>): 0 null · 1 false · 2 true ·
/// 3 Integer (zigzag varint) · 4 Float (8 bytes, IEEE-754 bits, so NaN payloads and -0.0 survive) · 5 String ·
/// 6 List (<c>count varint</c> + values) · 7 Date (zigzag day number, 0 = 0001-01-01, negative before it; years ±999,999,999) · 8 LocalTime (zigzag nanosecond
/// of day) · 9 Time (nanosecond of day, offset seconds) · 10 LocalDateTime (day number, nanosecond of day) ·
/// 11 DateTime (day number, nanosecond of day, offset seconds, zone: <c>u8</c> 0 = none or 1 + string) ·
/// 12 Duration (months, days, seconds, nanoseconds); temporal fields are zigzag varints ·
/// 13 Point (zigzag SRID, x and y as Floats, <c>u8</c> 0 = 2D or 1 + z as a Float).</para>
///
/// <para><b>Recovery</b> reads the snapshot (last sequence S), then, from the newest journal whose first sequence is
/// ≤ S + 1, every record in order, skipping those ≤ S. A damaged tail of the newest journal (a truncated header or
/// payload, or a checksum mismatch with no valid record anywhere after it) is a write torn by a crash: it is cut off
/// and reported through the warning callback. Anything else (a checksum mismatch followed by valid data, a sequence
/// gap, an unknown version, a bad file header, a damaged snapshot) throws StorageCorruption naming file and offset.</para>
///
/// <para><b>Truncation</b>: a journal cut at a record boundary reads as a clean end, so the end alone cannot reveal it.
/// After each journal record is flushed, its sequence number is written to the commit manifest (one positioned write,
/// not flushed: the manifest may lag the journal after a crash, never lead it, and a torn slot leaves the other one).
/// Recovery compares: a journal that ends before the manifest's sequence lost committed transactions, which is
/// reported through the warning callback with both numbers (so is a manifest with no valid slot); the database then
/// opens as of the journal's end. A writable open then rewrites both slots with that end (flushed), so the loss is
/// reported by the first open that sees it; programs log it and the server's <c>/health</c> reports it for its whole
/// run. A dropped torn tail whose transaction had been acknowledged (a damaged last record) is reported both as a torn
/// tail and as a missing committed transaction.</para>
///
/// <para><b>Read-only open</b> (<see cref="FileDurableStorageOptions.ReadOnly"/>): nothing in the folder changes: the
/// lock file, if present, is opened read-only and shared (writers are kept out, readers are not), temporary files and
/// obsolete journals stay, a torn tail is reported and left for the next writable open, and writes are refused.</para>
///
/// <para><b>Compaction</b> (crash-safe at every step): (1) write <c>snapshot.gxs.tmp</c> with S = last appended
/// sequence and flush it to disk; (2) rename it over <c>snapshot.gxs</c> and flush the folder; (3) create
/// <c>journal-(S+1).gxj</c> (via a flushed temporary file and a rename) and flush the folder; (4) delete the older
/// journals and flush the folder. A crash before (2) completes leaves the old snapshot and journal (the temporary file
/// is deleted on open); after (2), recovery skips the old journal's records, which are all ≤ S; after (3), the new
/// empty journal is the one appended to; the obsolete journals are deleted on the next open.</para>
/// </remarks>
internal static class JournalFormat
{
    public const int FileHeaderSize = 24;
    public const byte FileFormatVersion = 1;
    public const int RecordHeaderSize = 21;
    public const byte RecordVersion = 0xA1;

    /// <summary>Largest payload a record may declare; a longer length in a valid header is corruption.</summary>
    public const int MaxPayloadLength = 1 << 30;

    public static ReadOnlySpan<byte> JournalMagic => "GXJOURNL"u8;

    public static ReadOnlySpan<byte> SnapshotMagic => "GXSNAPSH"u8;

    /// <summary>The version of snapshots this build writes; it reads 1 and 2.</summary>
    public const byte SnapshotFormatVersion = 2;

    public const byte SnapshotDataChunk = 0;
    public const byte SnapshotEndChunk = 1;
    public const byte SnapshotTokensChunk = 2;
    public const byte SnapshotLabelSetsChunk = 3;
    public const byte SnapshotNodesChunk = 4;
    public const byte SnapshotRelationshipsChunk = 5;

    public const byte LabelToken = 0;
    public const byte RelationshipTypeToken = 1;
    public const byte PropertyKeyToken = 2;
}
