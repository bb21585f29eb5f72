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

    /// <summary>What an expression is known to produce, from its form alone.</summary>
    private static VariableKind KindOf(Expression expression) => expression switch
    {
        NullLiteral => VariableKind.Any,
        BooleanLiteral or IntegerLiteral or FloatLiteral or StringLiteral or MapLiteral => VariableKind.Value,
        Binary { Operator: not (BinaryOperator.Add) } => VariableKind.Value,
        _ => VariableKind.Any,
    };

    /// <summary>
    /// The type every element of a list certainly has: known when the list is a literal whose items all have one static
    /// type, so that a predicate over its elements is type-checked at compile time; null otherwise.
    /// </summary>
    private static string? StaticElementType(Expression list, Scope scope)
    {
        if (list is not ListLiteral { Items.Length: > 0 } literal)
        {
            return null;
        }

        var first = StaticType(literal.Items[0], scope);
        return first is not null && literal.Items.All(item => StaticType(item, scope) == first) ? first : null;
    }

    /// <summary>The Cypher type a literal expression certainly has, or null when it depends on data.</summary>
    private static string? StaticType(Expression expression, Scope scope) => expression switch
    {
        BooleanLiteral => "Boolean",
        IntegerLiteral => "Integer",
        FloatLiteral => "Float",
        StringLiteral => "String",
        ListLiteral or ListComprehension => "List",
        MapLiteral => "Map",
        Variable v when scope.Find(v.Name) is { Type: { } known } => known,
        Variable v when scope.Find(v.Name) is { } info => info.Kind switch
        {
            VariableKind.Node => "Node",
            VariableKind.Relationship => "Relationship",
            VariableKind.Path => "Path",
            VariableKind.RelationshipList => "List",
            _ => null,
        },
        _ => null,
    };
}
