namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>
/// A node as the TCK writes it in expected results, <c>(:L1:L2 {p: 0})</c>: compared by labels and properties,
/// never by identity (the TCK cannot know the engine's ids).
/// </summary>
public sealed record ExpectedNode(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the TCK writes it, <c>[:T {p: 0}]</c>: compared by type and properties.</summary>
public sealed record ExpectedRelationship(string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// A path as the TCK writes it, <c>&lt;(a)-[:T]-&gt;(b)&lt;-[:U]-(c)&gt;</c>: a start node and a sequence of hops.
/// </summary>
public sealed record ExpectedPath(ExpectedNode Start, IReadOnlyList<ExpectedPathHop> Hops);

/// <summary>One hop of an <see cref="ExpectedPath"/>.</summary>
/// <param name="Forward">True for <c>-[r]-&gt;</c> (the relationship starts at the previous node), false for <c>&lt;-[r]-</c>.</param>
public sealed record ExpectedPathHop(ExpectedRelationship Relationship, bool Forward, ExpectedNode Node);
