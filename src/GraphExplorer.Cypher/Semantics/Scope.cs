namespace GraphExplorer.Cypher.Semantics;

/// <summary>What a variable is known to hold, for the type-conflict rules of patterns.</summary>
internal enum VariableKind
{
    Any,
    Node,
    Relationship,
    RelationshipList,
    Path,

    /// <summary>Known not to be an entity (a literal, list, map, number, …).</summary>
    Value,
}

/// <summary>A variable in scope: its name, the row slot holding its value, and what it holds.</summary>
/// <param name="Type">The Cypher type the value certainly has when known at compile time, else null.</param>
internal sealed record VariableInfo(string Name, int Slot, VariableKind Kind, CypherType? Type = null);

/// <summary>
/// The variables visible at one point of a query (openCypher scoping: MATCH/UNWIND/CREATE add, WITH/RETURN replace).
/// Immutable: adding a variable gives a new scope, so a clause can keep the scope it started from.
/// </summary>
internal sealed class Scope
{
    public static readonly Scope Empty = new(new List<VariableInfo>());

    private readonly List<VariableInfo> variables;

    private Scope(List<VariableInfo> variables) => this.variables = variables;

    /// <summary>Variables in the order they were introduced.</summary>
    public IReadOnlyList<VariableInfo> Variables => variables;

    public bool IsEmpty => variables.Count == 0;

    public VariableInfo? Find(string name)
    {
        for (var i = variables.Count - 1; i >= 0; i--)
        {
            if (variables[i].Name == name)
            {
                return variables[i];
            }
        }

        return null;
    }

    public bool Contains(string name) => Find(name) is not null;

    /// <summary>A scope with <paramref name="variable"/> added (shadowing any variable of the same name).</summary>
    public Scope With(VariableInfo variable)
    {
        var list = new List<VariableInfo>(variables.Count + 1);
        foreach (var v in variables)
        {
            if (v.Name != variable.Name)
            {
                list.Add(v);
            }
        }

        list.Add(variable);
        return new Scope(list);
    }

    public static Scope Of(IEnumerable<VariableInfo> variables)
    {
        var scope = Empty;
        foreach (var v in variables)
        {
            scope = scope.With(v);
        }

        return scope;
    }
}

/// <summary>Allocates row slots for one compiled query; every binding gets its own slot.</summary>
internal sealed class SlotAllocator
{
    public int Count { get; private set; }

    public int Next() => Count++;
}
