namespace GraphExplorer.Cypher.Storage;

/// <summary>One entry of a node's adjacency list: a relationship touching the node and the node at its other end.</summary>
internal readonly record struct AdjacencyEntry(long RelationshipId, long OtherNodeId, string Type);

/// <summary>
/// The stored state of a node. A record reachable from a committed <see cref="GraphSnapshot"/> is never mutated;
/// a <see cref="WriteTransaction"/> clones a record the first time it changes it and owns the clone until commit,
/// when the clone becomes part of the next snapshot (copy-on-write per record).
/// </summary>
internal sealed class NodeRecord
{
    private CompactAdjacency[] outgoing;
    private int outgoingStart;
    private CompactAdjacency[] incoming;
    private int incomingStart;

    // Properties of a record read from a compact snapshot are decoded on first access (see PropertyBlock).
    private PropertyMap? properties;
    private readonly PropertyBlock? propertyBlock;
    private readonly long propertyLocator;

    public NodeRecord(long id, string[] labels, PropertyMap properties)
    {
        Id = id;
        Labels = labels;
        this.properties = properties;
        outgoing = Array.Empty<CompactAdjacency>();
        incoming = Array.Empty<CompactAdjacency>();
    }

    /// <summary>A view of a node of a compact snapshot: its adjacency is a window of the snapshot's shared arrays.</summary>
    public NodeRecord(
        long id,
        string[] labels,
        PropertyBlock propertyBlock,
        long propertyLocator,
        CompactAdjacency[] outgoing,
        int outgoingStart,
        int outgoingCount,
        CompactAdjacency[] incoming,
        int incomingStart,
        int incomingCount)
    {
        Id = id;
        Labels = labels;
        this.propertyBlock = propertyBlock;
        this.propertyLocator = propertyLocator;
        this.outgoing = outgoing;
        this.outgoingStart = outgoingStart;
        OutgoingCount = outgoingCount;
        this.incoming = incoming;
        this.incomingStart = incomingStart;
        IncomingCount = incomingCount;
    }

    public long Id { get; }

    /// <summary>Distinct labels, in the order they were added. The array may be shared between records: replace it, never change it.</summary>
    public string[] Labels { get; set; }

    public PropertyMap Properties
    {
        get => properties ??= propertyBlock!.Decode(propertyLocator);
        set => properties = value;
    }

    /// <summary>One property's value (null when absent), without decoding the others while they are still encoded.</summary>
    public object? GetProperty(string key) => properties is { } map ? map.Get(key) : propertyBlock!.Get(propertyLocator, key);

    /// <summary>Relationships starting here (<see cref="OutgoingCount"/> of them).</summary>
    public AdjacencyList Outgoing => new(outgoing, outgoingStart, OutgoingCount);

    public int OutgoingCount { get; private set; }

    /// <summary>Relationships ending here (a self-loop appears in both lists).</summary>
    public AdjacencyList Incoming => new(incoming, incomingStart, IncomingCount);

    public int IncomingCount { get; private set; }

    /// <summary>The outgoing entries with their type ids, for loops that filter by type with integer comparisons.</summary>
    public ReadOnlySpan<CompactAdjacency> OutgoingEntries => outgoing.AsSpan(outgoingStart, OutgoingCount);

    /// <summary>The incoming entries with their type ids.</summary>
    public ReadOnlySpan<CompactAdjacency> IncomingEntries => incoming.AsSpan(incomingStart, IncomingCount);

    /// <summary>Deleted in the transaction that owns this record (kept so that later access can be reported).</summary>
    public bool Deleted { get; set; }

    public int Degree => OutgoingCount + IncomingCount;

    public bool HasLabel(string label)
    {
        foreach (var l in Labels)
        {
            if (string.Equals(l, label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A private copy for a write transaction (adjacency copied into arrays of its own, since the copy may grow them).</summary>
    public NodeRecord Clone()
    {
        var copy = new NodeRecord(Id, Labels, Properties)
        {
            outgoing = OutgoingEntries.ToArray(),
            OutgoingCount = OutgoingCount,
            incoming = IncomingEntries.ToArray(),
            IncomingCount = IncomingCount,
            Deleted = Deleted,
        };
        return copy;
    }

    /// <summary>Adds an outgoing entry; only for a record its transaction owns (a clone or a new record).</summary>
    public void AddOutgoing(CompactAdjacency entry)
    {
        if (OutgoingCount == outgoing.Length)
        {
            outgoing = Grow(outgoing, OutgoingCount);
        }

        outgoing[OutgoingCount++] = entry;
    }

    public void AddIncoming(CompactAdjacency entry)
    {
        if (IncomingCount == incoming.Length)
        {
            incoming = Grow(incoming, IncomingCount);
        }

        incoming[IncomingCount++] = entry;
    }

    /// <summary>Shrinks both adjacency arrays to their used length; only for a record its transaction still owns.</summary>
    public void TrimExcess()
    {
        if (outgoing.Length != OutgoingCount)
        {
            outgoing = OutgoingEntries.ToArray();
        }

        if (incoming.Length != IncomingCount)
        {
            incoming = IncomingEntries.ToArray();
        }
    }

    public void RemoveOutgoing(long relationshipId) => OutgoingCount = Remove(outgoing, OutgoingCount, relationshipId);

    public void RemoveIncoming(long relationshipId) => IncomingCount = Remove(incoming, IncomingCount, relationshipId);

    private static int Remove(CompactAdjacency[] entries, int count, long relationshipId)
    {
        for (var i = 0; i < count; i++)
        {
            if (entries[i].RelationshipId == relationshipId)
            {
                Array.Copy(entries, i + 1, entries, i, count - i - 1);
                entries[count - 1] = default;
                return count - 1;
            }
        }

        return count;
    }

    private static CompactAdjacency[] Grow(CompactAdjacency[] source, int count)
    {
        var bigger = new CompactAdjacency[Math.Max(4, count * 2)];
        Array.Copy(source, bigger, count);
        return bigger;
    }
}

/// <summary>The stored state of a relationship; same ownership rules as <see cref="NodeRecord"/>.</summary>
internal sealed class RelationshipRecord
{
    private PropertyMap? properties;
    private readonly PropertyBlock? propertyBlock;
    private readonly long propertyLocator;

    public RelationshipRecord(long id, string type, long startNodeId, long endNodeId, PropertyMap properties)
        : this(id, RelationshipTypes.IdOf(type), type, startNodeId, endNodeId) =>
        this.properties = properties;

    /// <summary>A view of a relationship of a compact snapshot, its properties decoded on first access.</summary>
    public RelationshipRecord(long id, int typeId, long startNodeId, long endNodeId, PropertyBlock propertyBlock, long propertyLocator)
        : this(id, typeId, RelationshipTypes.NameOf(typeId), startNodeId, endNodeId)
    {
        this.propertyBlock = propertyBlock;
        this.propertyLocator = propertyLocator;
    }

    private RelationshipRecord(long id, int typeId, string type, long startNodeId, long endNodeId)
    {
        Id = id;
        TypeId = typeId;
        Type = type;
        StartNodeId = startNodeId;
        EndNodeId = endNodeId;
    }

    public long Id { get; }

    public string Type { get; }

    /// <summary>The type's id (<see cref="RelationshipTypes"/>).</summary>
    public int TypeId { get; }

    public long StartNodeId { get; }

    public long EndNodeId { get; }

    public PropertyMap Properties
    {
        get => properties ??= propertyBlock!.Decode(propertyLocator);
        set => properties = value;
    }

    /// <summary>One property's value (null when absent), without decoding the others while they are still encoded.</summary>
    public object? GetProperty(string key) => properties is { } map ? map.Get(key) : propertyBlock!.Get(propertyLocator, key);

    public bool Deleted { get; set; }

    public RelationshipRecord Clone() => new(Id, TypeId, Type, StartNodeId, EndNodeId) { Properties = Properties, Deleted = Deleted };
}
