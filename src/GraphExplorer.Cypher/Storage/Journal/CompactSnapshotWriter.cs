using System.Runtime.CompilerServices;
namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>
/// Encodes the mutations of a compaction as the chunks of a snapshot of format version 2 (layout in
/// <see cref="JournalFormat"/>): schema mutations first as data chunks, then nodes and relationships in sections of
/// compact records with interned names, so that opening reads columns instead of decoding a mutation per entity.
/// </summary>
/// <remarks>
/// <para>Not thread-safe: one writer per compaction. Any sequence of mutations is accepted and reads back exactly: a
/// mutation that does not fit the sections' order (an id not above the previous one, a relationship whose nodes were
/// not written before it, anything but a schema mutation before the nodes, anything after the sections but
/// relationships) ends the sections, and it and every later mutation are written as data chunks, as in version 1.
/// A graph's exported state (<see cref="GraphStore.ExportState"/>) always fits.</para>
/// <para>Tokens and label sets are written in chunks of their own just before the first section chunk that uses them.</para>
/// </remarks>
internal sealed class CompactSnapshotWriter(int chunkBytes, Action<byte, long, PayloadWriter> writeChunk)
{
    private readonly PayloadWriter body = new(Math.Min(chunkBytes, 1 << 20) + 1024);
    private readonly PayloadWriter tokenBody = new();
    private readonly PayloadWriter labelSetBody = new();
    private readonly PayloadWriter properties = new();
    private readonly Dictionary<(byte Kind, string Name), int> tokens = new();
    private readonly Dictionary<string, int> labelSets = new(StringComparer.Ordinal);
    private readonly System.Text.StringBuilder labelSetKey = new();
    private long[] nodeIds = new long[1024];
    private int nodeCount;
    private long lastRelationshipId = -1;
    private int pendingTokens;
    private int pendingLabelSets;
    private byte bodyKind;
    private long bodyCount;
    private Phase phase;

    private enum Phase
    {
        Schema,
        Nodes,
        Relationships,
        Data,
    }

    /// <summary>Mutations written so far (what the end chunk counts).</summary>
    public long Total { get; private set; }

    public void Write(GraphMutation mutation)
    {
        Total++;
        switch (mutation)
        {
            case CreateNode node when phase <= Phase.Nodes && Fits(node):
                phase = Phase.Nodes;
                WriteNode(node);
                break;
            case CreateRelationship relationship when phase <= Phase.Relationships && Fits(relationship):
                phase = Phase.Relationships;
                WriteRelationship(relationship);
                break;
            case CreateIndex or CreateConstraint or CreateFullTextIndex when phase == Phase.Schema:
                WriteData(mutation);
                break;
            default:
                phase = Phase.Data;
                WriteData(mutation);
                break;
        }
    }

    /// <summary>Writes what is buffered; the caller writes the end chunk with <see cref="Total"/>.</summary>
    public void Finish() => Flush();

    /// <summary>The token id of a property key, for records encoded by the caller (<see cref="WriteNodeRecord"/>).</summary>
    public int PropertyKeyToken(string name) => Token(JournalFormat.PropertyKeyToken, name);

    /// <summary>The token id of a relationship type, for <see cref="WriteRelationshipRecord"/>.</summary>
    public int RelationshipTypeToken(string name) => Token(JournalFormat.RelationshipTypeToken, name);

    /// <summary>The id of a label set (labels in the order given, as a <see cref="CreateNode"/> lists them).</summary>
    public int LabelSetId(System.Collections.Immutable.ImmutableArray<string> labels) => LabelSet(labels);

    /// <summary>
    /// Writes a node record the caller encoded, as the <see cref="CreateNode"/> with the next id (0, then one above the
    /// last node's) would be written, for writers that build records straight from their input (the bulk importer).
    /// <paramref name="propertyPairs"/> holds <paramref name="propertyCount"/> (key token, value) pairs, keys distinct.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteNodeRecord(int labelSet, int propertyCount, ReadOnlySpan<byte> propertyPairs)
    {
        EnterSection(Phase.Nodes);
        var id = nodeCount == 0 ? 0 : nodeIds[nodeCount - 1] + 1;
        Begin(JournalFormat.SnapshotNodesChunk);
        body.WriteVarUInt64(1);
        body.WriteVarUInt64((ulong)labelSet);
        WriteEncodedProperties(propertyCount, propertyPairs);
        if (nodeCount == nodeIds.Length)
        {
            Array.Resize(ref nodeIds, nodeIds.Length * 2);
        }

        nodeIds[nodeCount++] = id;
        End();
    }

    /// <summary>
    /// Writes a relationship record the caller encoded, with the next relationship id; <paramref name="start"/> and
    /// <paramref name="end"/> must be ids of nodes written before (the caller's guarantee: they are not looked up).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteRelationshipRecord(int type, long start, long end, int propertyCount, ReadOnlySpan<byte> propertyPairs)
    {
        EnterSection(Phase.Relationships);
        Begin(JournalFormat.SnapshotRelationshipsChunk);
        body.WriteVarUInt64(1);
        body.WriteVarUInt64((ulong)type);
        body.WriteVarInt64(start);
        body.WriteVarInt64(end);
        WriteEncodedProperties(propertyCount, propertyPairs);
        lastRelationshipId++;
        End();
    }

    private void EnterSection(Phase section)
    {
        if (phase > section)
        {
            throw new InvalidOperationException($"A {section} record cannot follow the {phase} section.");
        }

        phase = section;
        Total++;
    }

    private void WriteEncodedProperties(int count, ReadOnlySpan<byte> pairs)
    {
        if (count == 0)
        {
            body.WriteCount(0);
            return;
        }

        body.WriteCount(VarUInt64Length((ulong)count) + pairs.Length);
        body.WriteCount(count);
        body.WriteBytes(pairs);
    }

    private static int VarUInt64Length(ulong value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }

    private bool Fits(CreateNode node) =>
        node.Id > (nodeCount == 0 ? -1 : nodeIds[nodeCount - 1]) && !node.Labels.IsDefault && node.Properties is not null;

    private bool Fits(CreateRelationship relationship) =>
        relationship.Id > lastRelationshipId && relationship.Type is not null && relationship.Properties is not null
        && NodeWritten(relationship.StartNodeId) && NodeWritten(relationship.EndNodeId);

    private bool NodeWritten(long id) => Array.BinarySearch(nodeIds, 0, nodeCount, id) >= 0;

    private void WriteNode(CreateNode node)
    {
        Begin(JournalFormat.SnapshotNodesChunk);
        body.WriteVarUInt64((ulong)(node.Id - (nodeCount == 0 ? -1 : nodeIds[nodeCount - 1])));
        body.WriteVarUInt64((ulong)LabelSet(node.Labels));
        WriteProperties(node.Properties);
        if (nodeCount == nodeIds.Length)
        {
            Array.Resize(ref nodeIds, nodeIds.Length * 2);
        }

        nodeIds[nodeCount++] = node.Id;
        End();
    }

    private void WriteRelationship(CreateRelationship relationship)
    {
        Begin(JournalFormat.SnapshotRelationshipsChunk);
        body.WriteVarUInt64((ulong)(relationship.Id - lastRelationshipId));
        body.WriteVarUInt64((ulong)Token(JournalFormat.RelationshipTypeToken, relationship.Type));
        body.WriteVarInt64(relationship.StartNodeId);
        body.WriteVarInt64(relationship.EndNodeId);
        WriteProperties(relationship.Properties);
        lastRelationshipId = relationship.Id;
        End();
    }

    private void WriteData(GraphMutation mutation)
    {
        Begin(JournalFormat.SnapshotDataChunk);
        MutationCodec.Write(body, mutation);
        End();
    }

    /// <summary>An entity's properties: their byte length, then count and (key token, value) pairs; length 0 for none.</summary>
    private void WriteProperties(System.Collections.Immutable.ImmutableDictionary<string, object> map)
    {
        if (map.IsEmpty)
        {
            body.WriteCount(0);
            return;
        }

        properties.Clear();
        properties.WriteCount(map.Count);
        foreach (var (key, value) in map)
        {
            ArgumentNullException.ThrowIfNull(key);
            properties.WriteVarUInt64((ulong)Token(JournalFormat.PropertyKeyToken, key));
            PropertyValueCodec.Write(properties, value);
        }

        body.WriteCount(properties.Length);
        body.WriteBytes(properties.WrittenSpan);
    }

    private int LabelSet(System.Collections.Immutable.ImmutableArray<string> labels)
    {
        labelSetKey.Clear();
        foreach (var label in labels)
        {
            ArgumentNullException.ThrowIfNull(label);
            labelSetKey.Append(Token(JournalFormat.LabelToken, label)).Append(',');
        }

        var key = labelSetKey.ToString();
        if (!labelSets.TryGetValue(key, out var id))
        {
            id = labelSets.Count;
            labelSets.Add(key, id);
            labelSetBody.WriteCount(labels.Length);
            foreach (var label in labels)
            {
                labelSetBody.WriteVarUInt64((ulong)tokens[(JournalFormat.LabelToken, label)]);
            }

            pendingLabelSets++;
        }

        return id;
    }

    private int Token(byte kind, string name)
    {
        if (!tokens.TryGetValue((kind, name), out var id))
        {
            id = tokens.Count;
            tokens.Add((kind, name), id);
            tokenBody.WriteByte(kind);
            tokenBody.WriteString(name);
            pendingTokens++;
        }

        return id;
    }

    private void Begin(byte kind)
    {
        if (bodyCount > 0 && bodyKind != kind)
        {
            Flush();
        }

        bodyKind = kind;
    }

    private void End()
    {
        bodyCount++;
        if (body.Length >= chunkBytes)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (bodyCount == 0)
        {
            return;
        }

        // The names a section chunk refers to are written before it, so that a reader always knows them already.
        if (pendingTokens > 0)
        {
            writeChunk(JournalFormat.SnapshotTokensChunk, pendingTokens, tokenBody);
            tokenBody.Clear();
            pendingTokens = 0;
        }

        if (pendingLabelSets > 0)
        {
            writeChunk(JournalFormat.SnapshotLabelSetsChunk, pendingLabelSets, labelSetBody);
            labelSetBody.Clear();
            pendingLabelSets = 0;
        }

        writeChunk(bodyKind, bodyCount, body);
        body.Clear();
        bodyCount = 0;
    }
}
