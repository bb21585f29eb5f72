using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution;

/// <summary>A node of a compiled pattern: its slot and the labels and properties it requires.</summary>
internal sealed class NodeStep
{
    public required int Slot { get; init; }

    public required string[] Labels { get; init; }

    public required string[] PropertyKeys { get; init; }

    public required Evaluator[] PropertyValues { get; init; }

    /// <summary>A Neo4j 5 label expression other than a plain conjunction (<c>:A|B</c>, <c>:!A</c>, <c>:%</c>), or null.</summary>
    public LabelExpression? LabelExpression { get; init; }

    /// <summary>Dynamic labels (<c>:$(e)</c>, <c>:$any(e)</c>) the node must also match, evaluated per row.</summary>
    public DynamicLabelCheck[] DynamicLabels { get; init; } = [];

    public string Name { get; init; } = "";

    /// <summary>True when any node matches: no label, label expression, dynamic label or property asked for.</summary>
    public bool IsUnconstrained => Labels.Length == 0 && PropertyKeys.Length == 0 && LabelExpression is null && DynamicLabels.Length == 0;
}

/// <summary>A relationship of a compiled pattern, in written direction.</summary>
internal sealed class RelationshipStep
{
    public required int Slot { get; init; }

    public required string[] Types { get; init; }

    public required RelationshipDirection Direction { get; init; }

    public bool VariableLength { get; init; }

    public int Min { get; init; } = 1;

    public int Max { get; init; } = 1;

    public required string[] PropertyKeys { get; init; }

    public required Evaluator[] PropertyValues { get; init; }

    /// <summary>For a quantified path pattern, its repeated path; null for a plain variable length or quantified relationship.</summary>
    public QuantifiedTrail? Trail { get; init; }

    /// <summary>A Neo4j 5 type expression other than a plain disjunction (<c>:!R</c>, <c>:%</c>), or null.</summary>
    public LabelExpression? TypeExpression { get; init; }

    /// <summary>A dynamic type (<c>:$(e)</c>, <c>:$any(e)</c>) the relationship must match, evaluated per row.</summary>
    public DynamicLabelCheck[] DynamicTypes { get; init; } = [];

    /// <summary>The ids of <see cref="Types"/> once every one of them is in use (ids are never reused), else null.</summary>
    private int[]? typeIds;

    /// <summary>
    /// <see cref="TypeMatches"/> for an adjacency entry's type id: integer comparisons once every type named is in use
    /// (before that, no relationship has the missing ones, and the names are compared).
    /// </summary>
    /// <remarks>Thread-safe: executions sharing the step may each resolve the ids; they find the same ones.</remarks>
    public bool TypeIdMatches(int typeId)
    {
        if (Types.Length == 0 && TypeExpression is null)
        {
            return true;
        }

        if (TypeExpression is not null || (typeIds ??= ResolveTypeIds()) is not { } ids)
        {
            return TypeMatches(RelationshipTypes.NameOf(typeId));
        }

        foreach (var id in ids)
        {
            if (id == typeId)
            {
                return true;
            }
        }

        return false;
    }

    private int[]? ResolveTypeIds()
    {
        var ids = new int[Types.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!RelationshipTypes.TryGetId(Types[i], out ids[i]))
            {
                return null;
            }
        }

        return ids;
    }

    public bool TypeMatches(string type)
    {
        if (TypeExpression is { } expression && !expression.Matches(name => string.Equals(name, type, StringComparison.Ordinal), hasAny: true))
        {
            return false;
        }

        if (Types.Length == 0)
        {
            return true;
        }

        foreach (var t in Types)
        {
            if (string.Equals(t, type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One traversal step from node <see cref="From"/> to node <see cref="To"/> (indexes into the part's nodes).</summary>
internal sealed class Hop
{
    public required RelationshipStep Relationship { get; init; }

    /// <summary>True when the hop walks the relationship against its written direction (start node to its right).</summary>
    public required bool Reversed { get; init; }

    /// <summary>The direction walked: the written one, or its opposite when reversed.</summary>
    public required RelationshipDirection Direction { get; init; }

    public required int From { get; init; }

    public required int To { get; init; }

    /// <summary>The target node's variable is bound (before the MATCH or earlier in the traversal): check, don't bind.</summary>
    public required bool ToBound { get; init; }

    /// <summary>The relationship variable was bound before the MATCH: check, don't bind.</summary>
    public required bool RelationshipBound { get; init; }
}

/// <summary>The way a part starts: which node, and how its candidates are found.</summary>
internal sealed class StartPlan
{
    public required int NodeIndex { get; init; }

    public required StartKind Kind { get; init; }

    public IndexDefinition? Index { get; init; }

    public Evaluator? Key { get; init; }

    public string? Label { get; init; }
}
