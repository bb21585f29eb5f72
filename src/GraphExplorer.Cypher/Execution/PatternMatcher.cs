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
}
