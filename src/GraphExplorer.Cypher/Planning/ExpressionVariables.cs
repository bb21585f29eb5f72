using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>The variables an expression reads from its enclosing scope (its free variables).</summary>
/// <remarks>Thread-safe (stateless).</remarks>
internal static class ExpressionVariables
{
    /// <summary>
    /// Adds the free variables of <paramref name="expression"/> to <paramref name="into"/>; false when the expression
    /// holds a pattern or a subquery, whose variables this analysis does not follow (the caller must then assume the
    /// expression may read anything).
    /// </summary>
    public static bool TryCollect(Expression expression, HashSet<string> into)
    {
        switch (expression)
        {
            case NullLiteral or BooleanLiteral or IntegerLiteral or FloatLiteral or StringLiteral or Parameter or CountStar:
                return true;
            case Variable v:
                into.Add(v.Name);
                return true;
            case PropertyAccess pa:
                return TryCollect(pa.Target, into);
            case ListLiteral l:
                return l.Items.All(i => TryCollect(i, into));
            case MapLiteral m:
                return m.Entries.All(e => TryCollect(e.Value, into));
            case Subscript s:
                return TryCollect(s.Target, into) && TryCollect(s.Index, into);
            case Slice s:
                return TryCollect(s.Target, into) && (s.From is null || TryCollect(s.From, into)) && (s.To is null || TryCollect(s.To, into));
            case Binary b:
                return TryCollect(b.Left, into) && TryCollect(b.Right, into);
            case Unary u:
                return TryCollect(u.Operand, into);
            case IsNull n:
                return TryCollect(n.Operand, into);
            case HasLabels h:
                return TryCollect(h.Target, into);
            case LabelPredicate l:
                return TryCollect(l.Target, into);
            case TypePredicate t:
                return TryCollect(t.Operand, into);
            case NormalizedPredicate n:
                return TryCollect(n.Operand, into);
            case ExtendedCaseExpression c:
                return TryCollect(c.Subject, into)
                    && Scoped([ExtendedCaseExpression.SubjectVariable], into, [.. c.Alternatives.Select(a => a.When)])
                    && c.Alternatives.All(a => TryCollect(a.Then, into))
                    && (c.Default is null || TryCollect(c.Default, into));
            case FunctionCall f:
                return f.Arguments.All(a => TryCollect(a, into));
            case CaseExpression c:
                return (c.Test is null || TryCollect(c.Test, into))
                    && c.Alternatives.All(a => TryCollect(a.When, into) && TryCollect(a.Then, into))
                    && (c.Default is null || TryCollect(c.Default, into));
            case ListComprehension lc:
                return TryCollect(lc.Source, into) && Scoped([lc.Variable], into, lc.Where, lc.Projection);
            case Quantifier q:
                return TryCollect(q.Source, into) && Scoped([q.Variable], into, q.Predicate);
            case Reduce r:
                return TryCollect(r.Init, into) && TryCollect(r.Source, into) && Scoped([r.Accumulator, r.Variable], into, r.Body);
            case MapProjection mp:
                into.Add(mp.Variable);
                return mp.Items.All(i => i switch
                {
                    LiteralEntrySelector literal => TryCollect(literal.Value, into),
                    VariableSelector variable => into.Add(variable.Variable) || true,
                    _ => true,
                });
            default:
                return false;
        }
    }

    /// <summary>Collects the free variables of expressions evaluated with <paramref name="locals"/> bound.</summary>
    private static bool Scoped(string[] locals, HashSet<string> into, params Expression?[] expressions)
    {
        var inner = new HashSet<string>(StringComparer.Ordinal);
        foreach (var expression in expressions)
        {
            if (expression is not null && !TryCollect(expression, inner))
            {
                return false;
            }
        }

        inner.ExceptWith(locals);
        into.UnionWith(inner);
        return true;
    }
}
