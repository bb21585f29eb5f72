using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

internal sealed partial class QueryCompiler
{
    private static readonly string[] ExplainColumns = ["branch", "step", "operator", "details"];

    /// <summary>
    /// <c>EXPLAIN query</c>: plans the query exactly as running it would (same start points, index choice and operator
    /// order) and returns that plan as rows, one per operator in the order rows flow through them: the UNION branch and
    /// step (both from 1), the operator's name and its details (how a MATCH starts and expands, or null). The query is
    /// not run, so EXPLAIN needs no parameter values and never writes.
    /// </summary>
    private CompiledQuery CompileExplain(ExplainStatement explain)
    {
        var plan = Compile(explain.Query);
        var planRows = new List<object?[]>();
        for (var branch = 0; branch < plan.Parts.Length; branch++)
        {
            var operators = plan.Parts[branch].Operators;
            for (var step = 0; step < operators.Length; step++)
            {
                var (name, details) = SplitDescription(operators[step].Description);
                planRows.Add([(long)branch + 1, (long)step + 1, name, details]);
            }
        }

        var columnSlots = ExplainColumns.Select(_ => slots.Next()).ToArray();
        var op = new FlatMapOperator("Explain", (input, _) => planRows.Select(values =>
        {
            var row = (object?[])input.Clone();
            for (var i = 0; i < values.Length; i++)
            {
                row[columnSlots[i]] = values[i];
            }

            return row;
        }));
        return new CompiledQuery
        {
            Parts = [new QueryPipeline([op], ExplainColumns, columnSlots)],
            UnionDistinct = false,
            Columns = ExplainColumns,
            Updating = false,
            SlotCount = slots.Count,
            Parameters = [],
            Schema = plan.Schema,
            NodeCountAtCompile = plan.NodeCountAtCompile,
        };
    }

    /// <summary>"Match: NodeByLabelScan(o:Org) → Expand(…)" is the operator "Match" with those details.</summary>
    private static (string Name, string? Details) SplitDescription(string description)
    {
        var colon = description.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? (description, null) : (description[..colon], description[(colon + 2)..]);
    }
}
