using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Whether a projected item aggregates: it holds an aggregate call where a projection evaluates it, that is anywhere
/// but inside a pattern expression, a subquery or a comprehension's per-element parts (where an aggregate is refused).
/// The projection is then an <see cref="Aggregation"/> and the items without aggregates are its grouping keys.
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static class AggregateExpressions
{
    public static bool Contains(Expression? expression) => expression switch
    {
        null => false,
        CountStar => true,
        FunctionCall f => AggregateFunctions.IsAggregate(f.Name) || f.Arguments.Any(Contains),
        ListLiteral l => l.Items.Any(Contains),
        MapLiteral m => m.Entries.Any(e => Contains(e.Value)),
        PropertyAccess p => Contains(p.Target),
        Subscript s => Contains(s.Target) || Contains(s.Index),
        Slice s => Contains(s.Target) || Contains(s.From) || Contains(s.To),
        Binary b => Contains(b.Left) || Contains(b.Right),
        Unary u => Contains(u.Operand),
        IsNull n => Contains(n.Operand),
        HasLabels h => Contains(h.Target),
        LabelPredicate l => Contains(l.Target),
        TypePredicate t => Contains(t.Operand),
        NormalizedPredicate n => Contains(n.Operand),
        CaseExpression c => Contains(c.Test) || Contains(c.Default) || c.Alternatives.Any(a => Contains(a.When) || Contains(a.Then)),
        ExtendedCaseExpression c => Contains(c.Subject) || Contains(c.Default) || c.Alternatives.Any(a => Contains(a.When) || Contains(a.Then)),
        ListComprehension lc => Contains(lc.Source),
        Quantifier q => Contains(q.Source),
        Reduce r => Contains(r.Init) || Contains(r.Source),
        MapProjection mp => mp.Items.Any(i => i is LiteralEntrySelector literal && Contains(literal.Value)),
        _ => false,
    };
}
