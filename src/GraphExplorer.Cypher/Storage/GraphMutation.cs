using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Storage;

/// <summary>
/// One change to the stored graph. A committed transaction is the ordered list of its mutations: the journal
/// records it, and replaying the list on the state before it gives the state after it. A snapshot is the list of
/// mutations that builds the whole graph from empty (schema first, then nodes, then relationships).
/// </summary>
/// <remarks>
/// Ids are allocated by the store and carried in the mutations so that a replay is deterministic.
/// Property values are Cypher values that can be stored: null is never stored (setting null removes the key),
/// and values are Boolean, Integer, Float, String, the temporal records, or lists of those.
/// </remarks>
public abstract record GraphMutation;

public sealed record CreateNode(long Id, ImmutableArray<string> Labels, ImmutableDictionary<string, object> Properties) : GraphMutation;

/// <summary>Deletes a node that has no relationships left (DETACH DELETE records the relationship deletions first).</summary>
public sealed record DeleteNode(long Id) : GraphMutation;

public sealed record CreateRelationship(long Id, string Type, long StartNodeId, long EndNodeId, ImmutableDictionary<string, object> Properties) : GraphMutation;

public sealed record DeleteRelationship(long Id) : GraphMutation;

/// <summary>Sets (or, with a null <see cref="Value"/>, removes) one property of a node.</summary>
public sealed record SetNodeProperty(long Id, string Key, object? Value) : GraphMutation;

/// <summary>Sets (or, with a null <see cref="Value"/>, removes) one property of a relationship.</summary>
public sealed record SetRelationshipProperty(long Id, string Key, object? Value) : GraphMutation;

public sealed record AddLabel(long NodeId, string Label) : GraphMutation;

public sealed record RemoveLabel(long NodeId, string Label) : GraphMutation;

/// <summary>Creates a property index on nodes with <see cref="LabelOrType"/> (or relationships of that type).</summary>
public sealed record CreateIndex(string Name, bool OnRelationships, string LabelOrType, ImmutableArray<string> Properties) : GraphMutation;

public sealed record DropIndex(string Name) : GraphMutation;

/// <summary>Creates a constraint; <see cref="Kind"/> is "UNIQUE", "NOT NULL", "NODE KEY" or "IS :: type" (a property type).</summary>
public sealed record CreateConstraint(string Name, bool OnRelationships, string LabelOrType, ImmutableArray<string> Properties, string Kind) : GraphMutation;

public sealed record DropConstraint(string Name) : GraphMutation;

/// <summary>
/// Creates a full-text index over the nodes with any of <see cref="LabelsOrTypes"/> (or relationships of those types);
/// <see cref="Analyzer"/> is the <c>fulltext.analyzer</c> name. <see cref="DropIndex"/> drops it like any index.
/// </summary>
public sealed record CreateFullTextIndex(
    string Name,
    bool OnRelationships,
    ImmutableArray<string> LabelsOrTypes,
    ImmutableArray<string> Properties,
    string Analyzer,
    bool EventuallyConsistent) : GraphMutation;
