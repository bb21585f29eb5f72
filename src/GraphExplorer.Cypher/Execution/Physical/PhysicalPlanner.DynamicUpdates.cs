using System.Collections.Immutable;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Values;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Physical;

/// <summary>
/// Dynamic labels and property keys in SET and REMOVE (Neo4j 5.24; Cypher manual 5, "SET" › "Dynamically setting a
/// label", "Dynamically set or update a property"; "REMOVE" › "Dynamically removing a label", "Dynamically remove a
/// property"): a label expression <c>$(e)</c> is a STRING or a LIST&lt;STRING&gt;, a key <c>n[e]</c> a STRING.
/// </summary>
internal sealed partial class PhysicalPlanner
{
    /// <summary>The static labels followed by those the dynamic expressions give for a row.</summary>
    private Func<object?[], QueryContext, IEnumerable<string>> CompileLabelNames(
        ImmutableArray<string> labels, ImmutableArray<Expression> dynamic, Scope scope)
    {
        var names = labels.ToArray();
        if (dynamic.IsEmpty)
        {
            return (_, _) => names;
        }

        var expressions = dynamic.Select(e => (Evaluate: CompileExpression(e, scope), Syntax: e)).ToArray();
        return (row, ctx) => names.Concat(expressions.SelectMany(e => DynamicNames.Labels(e.Evaluate(row, ctx), e.Syntax))).ToList();
    }

    private Action<object?[], QueryContext> CompileSetDynamicProperty(SetDynamicPropertyItem item, Scope scope)
    {
        var target = CompileExpression(item.Target, scope);
        var key = CompileExpression(item.Key, scope);
        var value = CompileExpression(item.Value, scope);
        return (row, ctx) => EntityWriter.SetProperty(target(row, ctx), DynamicKey(key(row, ctx), item.Key), value(row, ctx), ctx, item);
    }

    private Action<object?[], QueryContext> CompileRemoveDynamicProperty(RemoveDynamicPropertyItem item, Scope scope)
    {
        var target = CompileExpression(item.Target, scope);
        var key = CompileExpression(item.Key, scope);
        return (row, ctx) => EntityWriter.SetProperty(target(row, ctx), DynamicKey(key(row, ctx), item.Key), null, ctx, item);
    }

    private static string DynamicKey(object? key, Expression at) => key is string name
        ? DynamicNames.Name(name, "property key", at)
        : throw CypherErrors.InvalidArgumentType($"A dynamic property key must be a STRING, got {Operations.TypeName(key)}", at);
}
