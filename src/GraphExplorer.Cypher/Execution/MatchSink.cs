namespace GraphExplorer.Cypher.Execution;

/// <summary>
/// Where a pattern's matches go as the matcher finds them (pushed, instead of pulled one row object at a time). The
/// row handed to <see cref="Accept"/> is the matcher's working row, changed again as soon as Accept returns: a sink
/// copies whatever it keeps.
/// </summary>
internal abstract class MatchSink
{
    public abstract void Accept(object?[] match, QueryContext ctx);
}

/// <summary>Keeps a copy of every match in the order found: how the matcher's pulled path collects a start node's matches.</summary>
internal sealed class MatchList : MatchSink
{
    public List<object?[]> Rows { get; } = [];

    public override void Accept(object?[] match, QueryContext ctx) => Rows.Add((object?[])match.Clone());
}
