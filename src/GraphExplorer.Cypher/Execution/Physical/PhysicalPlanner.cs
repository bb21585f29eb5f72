using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Storage;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// Turns one statement into a <see cref="CompiledQuery"/>: the <see cref="LogicalPlanner"/> binds and plans the whole
/// statement, then each logical operator becomes an executable <see cref="Operators.Operator"/> and each bound
/// expression an <see cref="Evaluator"/> delegate (pattern expressions and expression subqueries are planned by the
/// same logical planner as they are met).
/// </summary>
/// <remarks>Not thread-safe: one instance per compilation.</remarks>
internal sealed partial class PhysicalPlanner
{
    private readonly LogicalPlanner logical;
    private readonly Binder binder;
    private readonly PatternPlanner patterns;
    private readonly IGraphReader graph;
    private readonly HashSet<string> parameters = new(StringComparer.Ordinal);
    private readonly ProcedureRegistry procedures;

    public PhysicalPlanner(IGraphReader graph, string text, ProcedureRegistry procedures)
    {
        this.graph = graph;
        this.procedures = procedures;
        logical = new LogicalPlanner(graph, text, procedures);
        binder = logical.Binder;
        patterns = logical.Patterns;
    }

    private SlotAllocator slots => binder.Slots;

    private string SourceOf(SyntaxNode node) => binder.SourceOf(node);

    /// <summary>Expression texts that read a projected column instead (ORDER BY after aggregation), or null.</summary>
    private Dictionary<string, int>? substitutions;
}
