namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// The matches of a whole pattern (its parts joined through shared variables) for one input row, filtered by the
/// MATCH's WHERE. Lazy: matches are produced as they are pulled.
/// </summary>
internal sealed class PatternMatcher
{
    public PatternMatcher(PartMatcher[] parts, Func<object?[], QueryContext, bool>? where, string description)
    {
        Parts = parts;
        Where = where;
        Description = description;
    }

    public PartMatcher[] Parts { get; }

    public Func<object?[], QueryContext, bool>? Where { get; }

    /// <summary>How the pattern is matched, e.g. "NodeIndexSeek(n:Person(name)) → Expand(n)-[:KNOWS]->(m)".</summary>
    public string Description { get; }

    public IEnumerable<object?[]> Matches(object?[] row, QueryContext ctx) => MatchFrom(0, row, ctx);

    /// <summary>
    /// The same matches as <see cref="Matches"/>, in the same order, handed to <paramref name="sink"/> as they are found
    /// (see <see cref="MatchSink"/>: the row handed over is only lent).
    /// </summary>
    public void Push(object?[] row, QueryContext ctx, MatchSink sink) => PushFrom(0, row, ctx, sink);

    private void PushFrom(int part, object?[] row, QueryContext ctx, MatchSink sink)
    {
        if (part == Parts.Length)
        {
            if (Where is null || Where(row, ctx))
            {
                sink.Accept(row, ctx);
            }

            return;
        }

        Parts[part].Push(row, ctx, new NextPart(this, part + 1, sink));
    }

    private IEnumerable<object?[]> MatchFrom(int part, object?[] row, QueryContext ctx)
    {
        if (part == Parts.Length)
        {
            if (Where is null || Where(row, ctx))
            {
                yield return row;
            }

            yield break;
        }

        foreach (var partial in Parts[part].Matches(row, ctx))
        {
            foreach (var full in MatchFrom(part + 1, partial, ctx))
            {
                yield return full;
            }
        }
    }

    /// <summary>Takes a part's match on to the parts after it (and the WHERE), then to the final sink.</summary>
    private sealed class NextPart(PatternMatcher matcher, int part, MatchSink final) : MatchSink
    {
        public override void Accept(object?[] match, QueryContext ctx) => matcher.PushFrom(part, match, ctx, final);
    }
}
