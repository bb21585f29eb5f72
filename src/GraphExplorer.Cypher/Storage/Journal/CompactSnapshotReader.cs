namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// Reads the chunks of a snapshot of format version 2 (layout in <see cref="JournalFormat"/>) into a
/// <see cref="CompactSnapshot"/>: section entries go straight into growing column arrays, and each entity's encoded
/// properties are copied into large shared segments (<see cref="PropertyBlock"/>) rather than decoded.
/// </summary>
/// <remarks>Not thread-safe: one reader per snapshot file. Malformed content throws <see cref="PayloadFormatException"/>,
/// which recovery reports as corruption with the chunk's offset.</remarks>
internal sealed class CompactSnapshotReader(string path)
{
    private const int SegmentBytes = 1 << 20;

    private readonly List<GraphMutation> prefix = [];
    private readonly List<GraphMutation> suffix = [];
    private readonly List<string> tokens = [];
    private readonly List<byte> tokenKinds = [];
    private readonly List<int[]> labelSets = [];
    private readonly List<byte[]> segments = [];
    private byte[] segment = [];
    private int segmentUsed;

    private int nodeCount;
    private long[] nodeIds = new long[16];
    private int[] nodeLabelSets = new int[16];
    private long[] nodeProperties = new long[16];

    private int relationshipCount;
    private long[] relationshipIds = new long[16];
    private int[] relationshipTypes = new int[16];
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private long[] relationshipProperties = new long[16];

    /// <summary>Mutations read so far, counting each node and relationship as one.</summary>
    public long Count => prefix.Count + nodeCount + relationshipCount + suffix.Count;

    /// <summary>Reads one chunk that is not the end chunk.</summary>
    public void Read(byte kind, ref PayloadReader payload)
    {
        switch (kind)
        {
            case JournalFormat.SnapshotDataChunk:
                (nodeCount == 0 && relationshipCount == 0 ? prefix : suffix).AddRange(MutationCodec.ReadMutations(ref payload));
                break;
            case JournalFormat.SnapshotTokensChunk:
                ReadTokens(ref payload);
                break;
            case JournalFormat.SnapshotLabelSetsChunk:
                ReadLabelSets(ref payload);
                break;
            case JournalFormat.SnapshotNodesChunk:
                ReadNodes(ref payload);
                break;
            case JournalFormat.SnapshotRelationshipsChunk:
                ReadRelationships(ref payload);
                break;
            default:
                throw new PayloadFormatException($"unknown snapshot chunk kind {kind}", 0);
        }

        payload.ExpectEnd("the snapshot chunk");
    }

    public CompactSnapshot Finish()
    {
        if (segmentUsed > 0)
        {
            segments.Add(segment);
        }

        var tokenArray = tokens.ToArray();
        return new CompactSnapshot
        {
            Path = path,
            Prefix = prefix,
            Suffix = suffix,
            Tokens = tokenArray,
            LabelSets = [.. labelSets],
            NodeCount = nodeCount,
            NodeIds = nodeIds,
            NodeLabelSets = nodeLabelSets,
            NodeProperties = nodeProperties,
            RelationshipCount = relationshipCount,
            RelationshipIds = relationshipIds,
            RelationshipTypes = relationshipTypes,
            RelationshipStarts = starts,
            RelationshipEnds = ends,
            RelationshipProperties = relationshipProperties,
            Properties = new PropertyBlock([.. segments], tokenArray),
            PropertyKeys = [.. tokenArray.Where((_, i) => tokenKinds[i] == JournalFormat.PropertyKeyToken)],
        };
    }

    private void ReadTokens(ref PayloadReader payload)
    {
        var count = payload.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var at = payload.Position;
            var kind = payload.ReadByte();
            if (kind > JournalFormat.PropertyKeyToken)
            {
                throw new PayloadFormatException($"unknown token kind {kind}", at);
            }

            tokenKinds.Add(kind);
            tokens.Add(payload.ReadString());
        }
    }

    private void ReadLabelSets(ref PayloadReader payload)
    {
        var count = payload.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var labels = new int[payload.ReadCount()];
            for (var j = 0; j < labels.Length; j++)
            {
                labels[j] = TokenId(ref payload, JournalFormat.LabelToken);
            }

            labelSets.Add(labels);
        }
    }

    private void ReadNodes(ref PayloadReader payload)
    {
        if (relationshipCount > 0 || suffix.Count > 0)
        {
            throw new PayloadFormatException("a node chunk follows relationships or trailing mutations", 0);
        }

        var count = payload.ReadCount();
        Ensure(ref nodeIds, nodeCount + count);
        Ensure(ref nodeLabelSets, nodeCount + count);
        Ensure(ref nodeProperties, nodeCount + count);
        var last = nodeCount == 0 ? -1 : nodeIds[nodeCount - 1];
        for (var i = 0; i < count; i++)
        {
            last = NextId(ref payload, last);
            var at = payload.Position;
            var labelSet = payload.ReadVarUInt64();
            if (labelSet >= (ulong)labelSets.Count)
            {
                throw new PayloadFormatException($"label set {labelSet} is not defined", at);
            }

            nodeIds[nodeCount] = last;
            nodeLabelSets[nodeCount] = (int)labelSet;
            nodeProperties[nodeCount] = ReadProperties(ref payload);
            nodeCount++;
        }
    }

    private void ReadRelationships(ref PayloadReader payload)
    {
        if (suffix.Count > 0)
        {
            throw new PayloadFormatException("a relationship chunk follows trailing mutations", 0);
        }

        var count = payload.ReadCount();
        var needed = relationshipCount + count;
        Ensure(ref relationshipIds, needed);
        Ensure(ref relationshipTypes, needed);
        Ensure(ref starts, needed);
        Ensure(ref ends, needed);
        Ensure(ref relationshipProperties, needed);
        var last = relationshipCount == 0 ? -1 : relationshipIds[relationshipCount - 1];
        for (var i = 0; i < count; i++)
        {
            last = NextId(ref payload, last);
            relationshipIds[relationshipCount] = last;
            relationshipTypes[relationshipCount] = TokenId(ref payload, JournalFormat.RelationshipTypeToken);
            starts[relationshipCount] = payload.ReadVarInt64();
            ends[relationshipCount] = payload.ReadVarInt64();
            relationshipProperties[relationshipCount] = ReadProperties(ref payload);
            relationshipCount++;
        }
    }

    private static long NextId(ref PayloadReader payload, long last)
    {
        var at = payload.Position;
        var delta = payload.ReadVarUInt64();
        if (delta == 0 || delta > (ulong)(long.MaxValue - last))
        {
            throw new PayloadFormatException($"id step {delta} after {last} is not an increasing id", at);
        }

        return last + (long)delta;
    }

    private int TokenId(ref PayloadReader payload, byte kind)
    {
        var at = payload.Position;
        var id = payload.ReadVarUInt64();
        if (id >= (ulong)tokens.Count || tokenKinds[(int)id] != kind)
        {
            throw new PayloadFormatException($"token {id} is not a defined token of kind {kind}", at);
        }

        return (int)id;
    }

    /// <summary>Copies one entity's encoded properties into the current segment; returns their locator.</summary>
    private long ReadProperties(ref PayloadReader payload)
    {
        var length = payload.ReadCount();
        if (length == 0)
        {
            return PropertyBlock.None;
        }

        var bytes = payload.ReadBytes(length);
        if (segment.Length - segmentUsed < length)
        {
            if (segmentUsed > 0)
            {
                segments.Add(segment);
            }

            segment = new byte[Math.Max(SegmentBytes, length)];
            segmentUsed = 0;
        }

        bytes.CopyTo(segment.AsSpan(segmentUsed));
        var locator = PropertyBlock.Locator(segments.Count, segmentUsed);
        segmentUsed += length;
        return locator;
    }

    private static void Ensure<T>(ref T[] array, int needed)
    {
        if (needed > array.Length)
        {
            Array.Resize(ref array, Math.Max(needed, (int)Math.Min(Array.MaxLength, 2L * array.Length)));
        }
    }
}
