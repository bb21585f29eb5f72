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
    public NodeRecord(long id, string[] labels, PropertyMap properties)
    {
        Id = id;
        Labels = labels;
        Properties = properties;
        Outgoing = Array.Empty<AdjacencyEntry>();
        Incoming = Array.Empty<AdjacencyEntry>();
    }

    public long Id { get; }

    /// <summary>Distinct labels, in the order they were added.</summary>
    public string[] Labels { get; set; }

    public PropertyMap Properties { get; set; }

    /// <summary>Relationships starting here; only the first <see cref="OutgoingCount"/> entries are used.</summary>
    public AdjacencyEntry[] Outgoing { get; private set; }

    public int OutgoingCount { get; private set; }

    /// <summary>Relationships ending here (a self-loop appears in both lists).</summary>
    public AdjacencyEntry[] Incoming { get; private set; }

    public int IncomingCount { get; private set; }

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

    /// <summary>A private copy for a write transaction (adjacency arrays copied, since the copy may grow them).</summary>
    public NodeRecord Clone()
    {
        var copy = new NodeRecord(Id, Labels, Properties)
        {
            Outgoing = CopyOf(Outgoing, OutgoingCount),
            OutgoingCount = OutgoingCount,
            Incoming = CopyOf(Incoming, IncomingCount),
            IncomingCount = IncomingCount,
            Deleted = Deleted,
        };
        return copy;
    }

    public void AddOutgoing(AdjacencyEntry entry)
    {
        if (OutgoingCount == Outgoing.Length)
        {
            Outgoing = Grow(Outgoing, OutgoingCount);
        }

        Outgoing[OutgoingCount++] = entry;
    }

    public void AddIncoming(AdjacencyEntry entry)
    {
        if (IncomingCount == Incoming.Length)
        {
            Incoming = Grow(Incoming, IncomingCount);
        }

        Incoming[IncomingCount++] = entry;
    }

    /// <summary>Shrinks both adjacency arrays to their used length; only for a record its transaction still owns.</summary>
    public void TrimExcess()
    {
        if (Outgoing.Length != OutgoingCount)
        {
            Outgoing = CopyOf(Outgoing, OutgoingCount);
        }

        if (Incoming.Length != IncomingCount)
        {
            Incoming = CopyOf(Incoming, IncomingCount);
        }
    }

    public void RemoveOutgoing(long relationshipId) => OutgoingCount = Remove(Outgoing, OutgoingCount, relationshipId);

    public void RemoveIncoming(long relationshipId) => IncomingCount = Remove(Incoming, IncomingCount, relationshipId);

    private static int Remove(AdjacencyEntry[] entries, int count, long relationshipId)
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

    private static AdjacencyEntry[] CopyOf(AdjacencyEntry[] source, int count)
    {
        if (count == 0)
        {
            return Array.Empty<AdjacencyEntry>();
        }

        var copy = new AdjacencyEntry[count];
        Array.Copy(source, copy, count);
        return copy;
    }

    private static AdjacencyEntry[] Grow(AdjacencyEntry[] source, int count)
    {
        var bigger = new AdjacencyEntry[Math.Max(4, count * 2)];
        Array.Copy(source, bigger, count);
        return bigger;
    }
}

/// <summary>The stored state of a relationship; same ownership rules as <see cref="NodeRecord"/>.</summary>
internal sealed class RelationshipRecord
{
    public RelationshipRecord(long id, string type, long startNodeId, long endNodeId, PropertyMap properties)
    {
        Id = id;
        Type = type;
        StartNodeId = startNodeId;
        EndNodeId = endNodeId;
        Properties = properties;
    }

    public long Id { get; }

    public string Type { get; }

    public long StartNodeId { get; }

    public long EndNodeId { get; }

    public PropertyMap Properties { get; set; }

    public bool Deleted { get; set; }

    public RelationshipRecord Clone() => new(Id, Type, StartNodeId, EndNodeId, Properties) { Deleted = Deleted };
}
