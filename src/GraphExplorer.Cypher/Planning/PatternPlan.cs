using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>How a pattern part finds its first node.</summary>
internal enum StartKind
{
    /// <summary>The node is already bound in the row.</summary>
    Bound,

    /// <summary>By id: <c>WHERE id(n) = $id</c>.</summary>
    IdSeek,

    /// <summary>By a property index: <c>(n:L {k: v})</c> or <c>WHERE n.k = v</c>.</summary>
    IndexSeek,

    /// <summary>Every node with a label.</summary>
    LabelScan,

    /// <summary>Every node.</summary>
    AllNodes,
}

/// <summary>
/// The logical plan of a pattern (a MATCH, OPTIONAL MATCH, MERGE's match or a pattern expression): its parts in the
/// order they are matched, each joined to the ones before through shared variables, then the WHERE over whole matches.
/// Expressions are bound syntax, evaluated in <see cref="Scope"/> (the scope after the pattern).
/// </summary>
/// <param name="Conjuncts">The WHERE split at its top-level ANDs, as the start choice and shortest paths read it.</param>
internal sealed record PatternPlan(IReadOnlyList<PartPlan> Parts, Expression? Where, IReadOnlyList<Expression> Conjuncts, Scope Scope)
{
    /// <summary>As EXPLAIN shows it, e.g. <c>NodeIndexSeek(p:Person(id)) → Expand(p)-[:MEMBER]->(o)</c>; parts apart by "; ".</summary>
    public override string ToString() => string.Join("; ", Parts);
}

/// <summary>
/// One part of a pattern: its nodes and relationships as bound, the node it starts from and how it finds it, and the
/// expansions from there (rightwards to the end, then leftwards to the beginning).
/// </summary>
/// <param name="Variables">What is bound once the part is matched (earlier clauses' variables, this part's and earlier parts').</param>
/// <param name="PriorRelationshipSlots">Relationship slots bound by earlier parts of the same pattern (relationships are unique in a MATCH).</param>
/// <param name="EndBound">The last node was bound before the pattern (a shortest path between two known nodes).</param>
internal sealed record PartPlan(
    PatternPart Syntax,
    IReadOnlyList<BoundNode> Nodes,
    IReadOnlyList<BoundRelationship> Relationships,
    int PathSlot,
    NodeStart Start,
    IReadOnlyList<ExpandStep> Expands,
    IReadOnlyList<int> PriorRelationshipSlots,
    bool EndBound,
    IReadOnlySet<string> Variables)
{
    public override string ToString()
    {
        var walk = string.Join(" → ", new object[] { Start }.Concat(Expands));
        if (Syntax.Selector == PathSelector.All)
        {
            return walk;
        }

        // A selector over several steps or a quantified path pattern selects among the part's matches (see PartMatcher.Selection).
        var enumerated = Relationships.Count != 1 || Relationships[0].Quantified is not null;
        var searched = enumerated ? walk : Start.ToString();
        var operatorName = enumerated ? "StatefulShortestPath" : "ShortestPath";
        return Syntax.PathCount == 1 ? $"{operatorName}({searched})"
            : Syntax.Selector == PathSelector.AllShortestPaths ? $"{operatorName}({searched}, {Syntax.PathCount} groups)"
            : $"{operatorName}({searched}, {Syntax.PathCount} paths)";
    }
}

/// <summary>
/// Where a part starts: which of its nodes (<see cref="NodeIndex"/>) and how its candidates are found. A seek's
/// <see cref="Key"/> is bound syntax; an index seek names the label and property of <see cref="Index"/> it uses.
/// </summary>
internal sealed record NodeStart(int NodeIndex, StartKind Kind, string Variable, IndexDefinition? Index = null, string? Label = null, string? Property = null, Expression? Key = null)
{
    public override string ToString() => Kind switch
    {
        StartKind.Bound => $"Argument({Shown(Variable)})",
        StartKind.IdSeek => $"NodeByIdSeek({Shown(Variable)})",
        StartKind.IndexSeek => $"NodeIndexSeek({Shown(Variable)}:{Label}({Property}))",
        StartKind.LabelScan => $"NodeByLabelScan({Shown(Variable)}:{Label})",
        _ => $"AllNodesScan({Shown(Variable)})",
    };

    /// <summary>A hidden variable (an anonymous node) is shown as nothing: <c>()</c>.</summary>
    internal static string Shown(string name) => name.StartsWith("  ", StringComparison.Ordinal) ? "" : name;
}

/// <summary>
/// One expansion of a part along its relationship number <see cref="RelationshipIndex"/>, from its node
/// <see cref="From"/> to its node <see cref="To"/> (indexes into the part's nodes); <see cref="Reversed"/> when it
/// walks against the written direction.
/// </summary>
/// <param name="ToBound">The target node is bound already (before the pattern or earlier in the part): check, don't bind.</param>
/// <param name="RelationshipBound">The relationship variable was bound before the pattern: check, don't bind.</param>
internal sealed record ExpandStep(
    int RelationshipIndex, RelationshipPattern Relationship, bool Reversed, int From, int To, string FromName, string ToName, bool ToBound, bool RelationshipBound)
{
    /// <summary>The direction walked: the written one, or its opposite when reversed.</summary>
    public RelationshipDirection Direction => !Reversed
        ? Relationship.Direction
        : Relationship.Direction switch
        {
            RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
            RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
            _ => RelationshipDirection.Both,
        };

    /// <summary>As EXPLAIN shows it, e.g. <c>Expand(o)&lt;-[:MEMBER]-(p)</c> or <c>VarLengthExpand(a)-[:KNOWS*1..3]->(b)</c>.</summary>
    public override string ToString()
    {
        var types = !Relationship.DynamicTypes.IsEmpty ? ":" + Relationship.DynamicTypes[0].Spelling
            : Relationship.Types.IsEmpty ? "" : ":" + string.Join("|", Relationship.Types);
        var length = Relationship.Length is null ? "" : $"*{Relationship.Length.Min}..{Relationship.Length.Max}";
        var arrow = Direction switch
        {
            RelationshipDirection.Outgoing => $"-[{types}{length}]->",
            RelationshipDirection.Incoming => $"<-[{types}{length}]-",
            _ => $"-[{types}{length}]-",
        };
        if (Relationship.Quantified is { } quantified)
        {
            var quantifier = $"{{{Relationship.Length!.Min},{Relationship.Length.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}";
            return $"Repeat(Trail)({NodeStart.Shown(FromName)}) ({Shown(quantified.Inner, Reversed)}){quantifier} ({NodeStart.Shown(ToName)})";
        }

        return (Relationship.Length is null ? "Expand" : "VarLengthExpand") + $"({NodeStart.Shown(FromName)}){arrow}({NodeStart.Shown(ToName)})";
    }

    /// <summary>A quantified path pattern's repeated path as EXPLAIN shows it, in the order it is walked.</summary>
    private static string Shown(PatternElement inner, bool reversed)
    {
        var text = new System.Text.StringBuilder();
        var nodes = new List<NodePattern> { inner.Start };
        nodes.AddRange(inner.Steps.Select(step => step.Node));
        var count = inner.Steps.Length;
        for (var i = 0; i <= count; i++)
        {
            var node = nodes[reversed ? count - i : i];
            text.Append('(').Append(node.Variable).Append(node.Labels.IsEmpty ? "" : ":" + string.Join(":", node.Labels)).Append(')');
            if (i == count)
            {
                break;
            }

            var relationship = inner.Steps[reversed ? count - 1 - i : i].Relationship;
            var types = relationship.Types.IsEmpty ? "" : ":" + string.Join("|", relationship.Types);
            var direction = reversed && relationship.Direction != RelationshipDirection.Both
                ? (relationship.Direction == RelationshipDirection.Outgoing ? RelationshipDirection.Incoming : RelationshipDirection.Outgoing)
                : relationship.Direction;
            var body = $"[{relationship.Variable}{types}]";
            text.Append(direction switch
            {
                RelationshipDirection.Outgoing => $"-{body}->",
                RelationshipDirection.Incoming => $"<-{body}-",
                _ => $"-{body}-",
            });
        }

        return text.ToString();
    }
}
