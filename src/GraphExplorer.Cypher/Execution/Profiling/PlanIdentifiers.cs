using GraphExplorer.Cypher.Planning;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Execution.Profiling;

/// <summary>
/// The named variables each operator of a pipeline hands on (a plan's <c>identifiers</c>): MATCH and MERGE the scope
/// their pattern leaves, WITH/RETURN and aggregation their columns, UNWIND, LOAD CSV, CREATE, CALL and subqueries the
/// input's variables and those they add; every other operator its input's. Anonymous variables are left out.
/// </summary>
internal static class PlanIdentifiers
{
    public static IReadOnlyList<string>[] Of(IReadOnlyList<LogicalOperator> operators)
    {
        var names = SlotNames(operators);
        var result = new IReadOnlyList<string>[operators.Count];
        IReadOnlyList<string> current = [];
        for (var i = 0; i < operators.Count; i++)
        {
            current = After(operators[i], current, names);
            result[i] = current;
        }

        return result;
    }

    private static IReadOnlyList<string> After(LogicalOperator op, IReadOnlyList<string> input, Dictionary<int, string> names) => op switch
    {
        PatternMatch match => Named(match.Pattern.Scope.Variables.Select(v => v.Name)),
        Merge merge => Named(merge.After.Variables.Select(v => v.Name)),
        Projection projection => Named(projection.Columns.Select(c => c.Name)),
        Aggregation aggregation => Named(aggregation.Columns.Select(c => c.Name)),
        Unwind unwind => Added(input, [unwind.Slot], names),
        LoadCsv load => Added(input, [load.Slot], names),
        Create create => Added(input, create.Parts.SelectMany(CreatedSlots), names),
        ProcedureCall call => Added(input, call.YieldSlots, names),
        SubqueryCall call => Named(input.Concat(call.Subquery.Columns.Select(c => c.Name))),
        TransactionApply apply => Added(Named(input.Concat(apply.Subquery.Columns.Select(c => c.Name))), apply.StatusSlot is { } slot ? [slot] : [], names),
        _ => input,
    };

    private static IEnumerable<int> CreatedSlots(PartToCreate part) =>
        part.Nodes.Select(n => n.Slot).Concat(part.Relationships.Select(r => r.Slot)).Append(part.PathSlot);

    private static IReadOnlyList<string> Added(IReadOnlyList<string> input, IEnumerable<int> slots, Dictionary<int, string> names) =>
        Named(input.Concat(slots.Select(s => names.GetValueOrDefault(s)).OfType<string>()));

    private static IReadOnlyList<string> Named(IEnumerable<string> names) => [.. names.Where(n => !n.StartsWith(' ')).Distinct(StringComparer.Ordinal)];

    /// <summary>The names of the slots the pipeline's scopes mention (a variable is named in the scopes after the clause that made it).</summary>
    private static Dictionary<int, string> SlotNames(IReadOnlyList<LogicalOperator> operators)
    {
        var names = new Dictionary<int, string>();
        void Add(Scope? scope)
        {
            foreach (var variable in scope?.Variables ?? [])
            {
                names.TryAdd(variable.Slot, variable.Name);
            }
        }

        foreach (var op in operators)
        {
            switch (op)
            {
                case PatternMatch match: Add(match.Pattern.Scope); break;
                case Filter filter: Add(filter.Scope); break;
                case Unwind unwind: Add(unwind.Scope); break;
                case LoadCsv load: Add(load.Scope); break;
                case Projection projection: Add(projection.Scope); break;
                case Aggregation aggregation: Add(aggregation.Scope); break;
                case Merge merge: Add(merge.After); break;
                case SetProperties set: Add(set.Scope); break;
                case Remove remove: Add(remove.Scope); break;
                case Delete delete: Add(delete.Scope); break;
                case Foreach each: Add(each.Scope); break;
                case ProcedureCall call: Add(call.WhereScope); break;
                case Sort sort: sort.Keys.ToList().ForEach(k => Add(k.Scope)); break;
                case Top top: top.Keys.ToList().ForEach(k => Add(k.Scope)); break;
            }

            foreach (var column in (op as Projection)?.Columns ?? (op as Aggregation)?.Columns ?? [])
            {
                names.TryAdd(column.Slot, column.Name);
            }
        }

        return names;
    }
}
