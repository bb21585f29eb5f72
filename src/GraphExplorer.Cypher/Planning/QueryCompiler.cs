using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Turns one statement's syntax tree into a <see cref="CompiledQuery"/>: binds each clause with the
/// <see cref="Binder"/> (variables to row slots, scoping and type errors), then compiles expressions to
/// <see cref="Execution.Evaluator"/> delegates and clauses to a pipeline of operators, choosing how each MATCH starts
/// from the schema and counts of <paramref name="graph"/>.
/// </summary>
/// <remarks>Not thread-safe: one instance per compilation.</remarks>
internal sealed partial class QueryCompiler
{
    private readonly Binder binder;
    private readonly IGraphReader graph;
    private readonly HashSet<string> parameters = new(StringComparer.Ordinal);
    private bool updating;

    private readonly Execution.ProcedureRegistry procedures;

    public QueryCompiler(IGraphReader graph, string text, Execution.ProcedureRegistry procedures)
    {
        this.graph = graph;
        binder = new Binder(text);
        this.procedures = procedures;
    }

    private SlotAllocator slots => binder.Slots;

    private string SourceOf(SyntaxNode node) => binder.SourceOf(node);

    private string HiddenName() => binder.HiddenName();

    /// <summary>Expression texts that read a projected column instead (ORDER BY after aggregation), or null.</summary>
    private Dictionary<string, int>? substitutions;
}
