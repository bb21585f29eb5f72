using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// The bind/check stage: gives every variable a query declares a row slot in a <see cref="Scope"/> and refuses, with a
/// positioned error from <see cref="CypherErrors"/>, what openCypher's scoping and static type rules forbid (an
/// undefined or rebound variable, a node variable used as a relationship, <c>'a' AND true</c>, an aggregate where
/// none may stand, …). The planner binds each clause here before planning it, so the plan only ever sees checked
/// syntax and scopes whose variables have slots.
/// </summary>
/// <remarks>Not thread-safe: one instance per compilation (its slots are the compiled query's).</remarks>
internal sealed partial class Binder(string text)
{
    private int hiddenCounter;

    /// <summary>The row slots allocated so far; the compiled query's rows have this many.</summary>
    public SlotAllocator Slots { get; } = new();

    /// <summary>The source text of a node, e.g. for naming columns and comparing expressions textually.</summary>
    public string SourceOf(SyntaxNode node) =>
        node.Span.End <= text.Length && node.Span.Start >= 0 && node.Span.End > node.Span.Start
            ? text[node.Span.Start..node.Span.End]
            : node.ToString();

    /// <summary>A name no query can write (it starts with spaces), for an anonymous node, relationship or path.</summary>
    public string HiddenName() => "  hidden" + hiddenCounter++;

    /// <summary>A new variable with a slot of its own.</summary>
    public VariableInfo Declare(string name, VariableKind kind, CypherType? type = null) => new(name, Slots.Next(), kind, type);
}
