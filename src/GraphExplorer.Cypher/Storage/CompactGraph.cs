using System.Collections.Immutable;
using GraphExplorer.Cypher.Storage.Journal;

namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// The graph a compact snapshot file held when the database was opened, in columns indexed by id: a node's label set
/// and property locator, a relationship's type id, ends and property locator, and the adjacency of every node in two
/// shared arrays (outgoing and incoming, CSR: a node's entries are the window between its offset and the next node's,
/// in relationship id order). A <see cref="GraphSnapshot"/> reads through it for every id its own tables do not hold;
/// records are views made on each read (<see cref="NodeRecord"/> over a window of the shared arrays), so the graph
/// costs its arrays and nothing per entity until read.
/// </summary>
/// <remarks>
/// Immutable, hence thread-safe. Topology per relationship: type id, start and end in columns (12 bytes: node ids index
/// arrays, so they fit 32 bits) and one 20-byte <see cref="CompactAdjacency"/> entry in each direction, 52 bytes;
/// properties stay encoded (<see cref="PropertyBlock"/>, 8 bytes of locator plus their encoding).
/// </remarks>
internal sealed class CompactGraph
{
    public static readonly CompactGraph Empty = new();

    private readonly int[] nodeLabelSets;          // by node id: index into labelSets; -1 where no node has the id
    private readonly string[][] labelSets;         // distinct labels of each set, in first-given order
    private readonly long[]? nodeProperties;       // by node id: locator in properties (null: none has any)
    private readonly int[] outgoingOffsets;        // by node id, one more than nodes: window into outgoing
    private readonly int[] incomingOffsets;
    private readonly CompactAdjacency[] outgoing;
    private readonly CompactAdjacency[] incoming;
    private readonly int[] relationshipTypes;      // by relationship id: type id (RelationshipTypes); -1 where none
    private readonly int[] starts;                 // node ids fit: the node columns are arrays indexed by them
    private readonly int[] ends;
    private readonly long[]? relationshipProperties;
    private readonly PropertyBlock properties;

    private CompactGraph()
    {
        nodeLabelSets = [];
        labelSets = [];
        outgoingOffsets = [0];
        incomingOffsets = [0];
        outgoing = [];
        incoming = [];
        relationshipTypes = [];
        starts = [];
        ends = [];
        properties = PropertyBlock.Empty;
    }

    private CompactGraph(
        int[] nodeLabelSets, string[][] labelSets, long[]? nodeProperties, int[] outgoingOffsets, int[] incomingOffsets,
        CompactAdjacency[] outgoing, CompactAdjacency[] incoming, int[] relationshipTypes, int[] starts, int[] ends,
        long[]? relationshipProperties, PropertyBlock properties)
    {
        this.nodeLabelSets = nodeLabelSets;
        this.labelSets = labelSets;
        this.nodeProperties = nodeProperties;
        this.outgoingOffsets = outgoingOffsets;
        this.incomingOffsets = incomingOffsets;
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.relationshipTypes = relationshipTypes;
        this.starts = starts;
        this.ends = ends;
        this.relationshipProperties = relationshipProperties;
        this.properties = properties;
    }

    /// <summary>One more than the highest node id (the length of the node columns).</summary>
    public long NodeIdLimit => nodeLabelSets.Length;

    /// <summary>One more than the highest relationship id.</summary>
    public long RelationshipIdLimit => relationshipTypes.Length;

    public bool IsEmpty => nodeLabelSets.Length == 0 && relationshipTypes.Length == 0;

    public bool ContainsNode(long id) => (ulong)id < (ulong)nodeLabelSets.Length && nodeLabelSets[id] >= 0;

    public bool ContainsRelationship(long id) => (ulong)id < (ulong)relationshipTypes.Length && relationshipTypes[id] >= 0;

    public NodeRecord? GetNode(long id)
    {
        if (!ContainsNode(id))
        {
            return null;
        }

        var outStart = outgoingOffsets[id];
        var inStart = incomingOffsets[id];
        return new NodeRecord(
            id,
            labelSets[nodeLabelSets[id]],
            properties,
            nodeProperties?[id] ?? PropertyBlock.None,
            outgoing,
            outStart,
            outgoingOffsets[id + 1] - outStart,
            incoming,
            inStart,
            incomingOffsets[id + 1] - inStart);
    }

    public RelationshipRecord? GetRelationship(long id) =>
        ContainsRelationship(id)
            ? new RelationshipRecord(id, relationshipTypes[id], starts[id], ends[id], properties, relationshipProperties?[id] ?? PropertyBlock.None)
            : null;

    /// <summary>One property of a node (null when it has none), read from the columns without making a record.</summary>
    public bool TryGetNodeProperty(long id, string key, out object? value)
    {
        value = ContainsNode(id) ? properties.Get(nodeProperties?[id] ?? PropertyBlock.None, key) : null;
        return ContainsNode(id);
    }

    /// <summary>One property of a relationship (null when it has none), read from the columns without making a record.</summary>
    public bool TryGetRelationshipProperty(long id, string key, out object? value)
    {
        value = ContainsRelationship(id) ? properties.Get(relationshipProperties?[id] ?? PropertyBlock.None, key) : null;
        return ContainsRelationship(id);
    }

    /// <summary>
    /// Whether <paramref name="snapshot"/> can be opened as columns: it holds only schema mutations besides its
    /// sections, and its ids are dense enough that arrays indexed by id stay within twice the entities (plus slack).
    /// Otherwise the store replays it as mutations, as it does a version 1 snapshot.
    /// </summary>
    public static bool CanLoad(CompactSnapshot snapshot)
    {
        if (snapshot.Suffix.Count > 0 || snapshot.Prefix.Any(m => m is not (CreateIndex or CreateConstraint or CreateFullTextIndex)))
        {
            return false;
        }

        var nodeLimit = snapshot.NodeCount == 0 ? 0 : snapshot.NodeIds[snapshot.NodeCount - 1] + 1;
        var relationshipLimit = snapshot.RelationshipCount == 0 ? 0 : snapshot.RelationshipIds[snapshot.RelationshipCount - 1] + 1;
        return nodeLimit <= 2L * snapshot.NodeCount + 4096 && relationshipLimit <= 2L * snapshot.RelationshipCount + 4096
            && nodeLimit < Array.MaxLength && relationshipLimit < Array.MaxLength;
    }

    /// <summary>The graph of a snapshot <see cref="CanLoad"/> accepts, and what a <see cref="GraphSnapshot"/> keeps beside it.</summary>
    /// <exception cref="Database.CypherException">StorageCorruption: a relationship whose start or end node is missing.</exception>
    public static GraphSnapshot Load(CompactSnapshot snapshot)
    {
        var nodeCount = snapshot.NodeCount;
        var nodeLimit = nodeCount == 0 ? 0 : (int)(snapshot.NodeIds[nodeCount - 1] + 1);
        var relationshipCount = snapshot.RelationshipCount;
        var relationshipLimit = relationshipCount == 0 ? 0 : (int)(snapshot.RelationshipIds[relationshipCount - 1] + 1);

        // Label sets: each distinct, as CreateNode makes them; labels in use counted for the label index.
        var labelSets = new string[snapshot.LabelSets.Length][];
        for (var i = 0; i < labelSets.Length; i++)
        {
            labelSets[i] = snapshot.LabelSets[i].Select(t => snapshot.Tokens[t]).Distinct(StringComparer.Ordinal).ToArray();
        }

        var nodeLabelSets = new int[nodeLimit];
        var nodeProperties = snapshot.NodeProperties.Take(nodeCount).Any(l => l != PropertyBlock.None) ? new long[nodeLimit] : null;
        Array.Fill(nodeLabelSets, -1);
        nodeProperties?.AsSpan().Fill(PropertyBlock.None);
        var perSet = new int[labelSets.Length];
        for (var i = 0; i < nodeCount; i++)
        {
            var id = snapshot.NodeIds[i];
            nodeLabelSets[id] = snapshot.NodeLabelSets[i];
            perSet[snapshot.NodeLabelSets[i]]++;
            if (nodeProperties is not null)
            {
                nodeProperties[id] = snapshot.NodeProperties[i];
            }
        }

        // Relationships by id, with their type tokens as process-wide type ids; degrees counted on the way.
        var typeOfToken = new int[snapshot.Tokens.Length];
        Array.Fill(typeOfToken, -1);
        var relationshipTypes = new int[relationshipLimit];
        var starts = new int[relationshipLimit];
        var ends = new int[relationshipLimit];
        var relationshipProperties = snapshot.RelationshipProperties.Take(relationshipCount).Any(l => l != PropertyBlock.None)
            ? new long[relationshipLimit]
            : null;
        Array.Fill(relationshipTypes, -1);
        var outgoingOffsets = new int[nodeLimit + 1];
        var incomingOffsets = new int[nodeLimit + 1];
        var perToken = new long[snapshot.Tokens.Length];
        for (var i = 0; i < relationshipCount; i++)
        {
            var id = snapshot.RelationshipIds[i];
            var start = snapshot.RelationshipStarts[i];
            var end = snapshot.RelationshipEnds[i];
            if ((ulong)start >= (ulong)nodeLimit || nodeLabelSets[start] < 0 || (ulong)end >= (ulong)nodeLimit || nodeLabelSets[end] < 0)
            {
                throw StorageErrors.Corruption(StorageErrors.BadSnapshot, snapshot.Path,
                    $"relationship {id} joins node {start} to node {end}, which the snapshot does not hold");
            }

            var token = snapshot.RelationshipTypes[i];
            perToken[token]++;
            var type = typeOfToken[token];
            if (type < 0)
            {
                type = typeOfToken[token] = RelationshipTypes.IdOf(snapshot.Tokens[token]);
            }

            relationshipTypes[id] = type;
            starts[id] = (int)start;
            ends[id] = (int)end;
            if (relationshipProperties is not null)
            {
                relationshipProperties[id] = snapshot.RelationshipProperties[i];
            }

            outgoingOffsets[start + 1]++;
            incomingOffsets[end + 1]++;
        }

        // CSR: offsets are prefix sums of the degrees; entries are filled in relationship id order, the order in which
        // replaying the mutations would have appended them.
        for (var n = 0; n < nodeLimit; n++)
        {
            outgoingOffsets[n + 1] += outgoingOffsets[n];
            incomingOffsets[n + 1] += incomingOffsets[n];
        }

        var outgoing = new CompactAdjacency[relationshipCount];
        var incoming = new CompactAdjacency[relationshipCount];
        var outFill = outgoingOffsets[..^1];
        var inFill = incomingOffsets[..^1];
        for (var id = 0; id < relationshipLimit; id++)
        {
            var type = relationshipTypes[id];
            if (type < 0)
            {
                continue;
            }

            var start = starts[id];
            var end = ends[id];
            outgoing[outFill[start]++] = new CompactAdjacency(id, end, type);
            incoming[inFill[end]++] = new CompactAdjacency(id, start, type);
        }

        var graph = new CompactGraph(nodeLabelSets, labelSets, nodeProperties, outgoingOffsets, incomingOffsets, outgoing, incoming,
            relationshipTypes, starts, ends, relationshipProperties, snapshot.Properties);
        return new GraphSnapshot(
            graph,
            ChunkedTable<NodeRecord>.Empty,
            ChunkedTable<RelationshipRecord>.Empty,
            nodeCount,
            relationshipCount,
            nodeLimit,
            relationshipLimit,
            LabelIndex(nodeLabelSets, labelSets, perSet),
            TypeCounts(snapshot.Tokens, perToken),
            ImmutableHashSet.CreateRange(StringComparer.Ordinal, snapshot.PropertyKeys),
            SchemaState.Empty,
            0);
    }

    private static ImmutableDictionary<string, ImmutableSortedSet<long>> LabelIndex(int[] nodeLabelSets, string[][] labelSets, int[] perSet)
    {
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < labelSets.Length; s++)
        {
            foreach (var label in labelSets[s])
            {
                sizes[label] = sizes.GetValueOrDefault(label) + perSet[s];
            }
        }

        var members = sizes.ToDictionary(e => e.Key, e => new List<long>(e.Value), StringComparer.Ordinal);
        for (var id = 0; id < nodeLabelSets.Length; id++)
        {
            if (nodeLabelSets[id] >= 0)
            {
                foreach (var label in labelSets[nodeLabelSets[id]])
                {
                    members[label].Add(id);
                }
            }
        }

        var index = ImmutableDictionary.CreateBuilder<string, ImmutableSortedSet<long>>(StringComparer.Ordinal);
        foreach (var (label, ids) in members)
        {
            index[label] = ImmutableSortedSet.CreateRange(ids);
        }

        return index.ToImmutable();
    }

    private static ImmutableDictionary<string, long> TypeCounts(string[] tokens, long[] perToken)
    {
        var counts = ImmutableDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        for (var t = 0; t < tokens.Length; t++)
        {
            if (perToken[t] > 0)
            {
                counts[tokens[t]] = perToken[t];
            }
        }

        return counts.ToImmutable();
    }
}
