using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// The number of relationships of <see cref="Types"/> (any type when empty) in <see cref="Direction"/> at the node in
/// <see cref="NodeSlot"/>: what a one-hop pattern from that node matches when nothing else is asked of the relationship
/// or of the node at its other end, read from the node's adjacency instead of expanding a row per relationship (Neo4j's
/// GetDegree). An undirected pattern meets a self-loop once, as its expansion does.
/// </summary>
internal sealed record RelationshipDegree(string NodeVariable, int NodeSlot, IReadOnlyList<string> Types, RelationshipDirection Direction)
{
    /// <summary>As EXPLAIN shows it, e.g. <c>GetDegree((a)-[:KNOWS]->())</c>.</summary>
    public override string ToString()
    {
        var types = Types.Count == 0 ? "" : ":" + string.Join("|", Types);
        var arrow = Direction switch
        {
            RelationshipDirection.Outgoing => $"-[{types}]->",
            RelationshipDirection.Incoming => $"<-[{types}]-",
            _ => $"-[{types}]-",
        };
        return $"GetDegree(({NodeStart.Shown(NodeVariable)}){arrow}())";
    }
}
