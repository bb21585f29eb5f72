using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Turns one statement's syntax tree into a <see cref="CompiledQuery"/>: resolves every variable to a row slot
/// (reporting scoping errors on the way), compiles expressions to <see cref="Execution.Evaluator"/> delegates and
/// clauses to a pipeline of operators, choosing how each MATCH starts from the schema and counts of
/// <paramref name="graph"/>.
/// </summary>
/// <remarks>Not thread-safe: one instance per compilation.</remarks>
internal sealed partial class QueryCompiler
{
    private readonly SlotAllocator slots = new();
    private readonly IGraphReader graph;
    private readonly string text;
    private readonly HashSet<string> parameters = new(StringComparer.Ordinal);
    private bool updating;
    private int hiddenCounter;

    private readonly Execution.ProcedureRegistry procedures;

    public QueryCompiler(IGraphReader graph, string text, Execution.ProcedureRegistry procedures)
    {
        this.graph = graph;
        this.text = text;
        this.procedures = procedures;
    }

    /// <summary>The source text of a node, e.g. for naming columns and comparing expressions textually.</summary>
    private string SourceOf(SyntaxNode node) =>
        node.Span.End <= text.Length && node.Span.Start >= 0 && node.Span.End > node.Span.Start
            ? text[node.Span.Start..node.Span.End]
            : node.ToString();

    private string HiddenName() => "  hidden" + hiddenCounter++;

    /// <summary>Expression texts that read a projected column instead (ORDER BY after aggregation), or null.</summary>
    private Dictionary<string, int>? substitutions;
}
