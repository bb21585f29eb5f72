namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// How many items a field's lists hold, for the cost estimate (see <c>Execution.CostAnalysis</c>). Modelled on the
/// <c>@listSize</c> directive of the IBM GraphQL Cost Directive specification: the size is the largest value given
/// for one of <see cref="SlicingArguments"/>, else <see cref="AssumedSize"/>; it applies to the field's own list, or,
/// with <see cref="SizedFields"/>, to those list fields of the object the field returns (a Relay connection's
/// <c>edges</c> and <c>nodes</c>, a subgraph's <c>nodes</c> and <c>edges</c>). Immutable.
/// </summary>
public sealed record ListSize
{
    /// <summary>Arguments whose integer value bounds the list (e.g. <c>first</c>, <c>limit</c>).</summary>
    public IReadOnlyList<string> SlicingArguments { get; init; } = [];

    /// <summary>List fields of the returned object that the size applies to; empty: the field's own list.</summary>
    public IReadOnlyList<string> SizedFields { get; init; } = [];

    /// <summary>The size when no slicing argument gives one (e.g. the most a resolver ever returns).</summary>
    public int? AssumedSize { get; init; }
}
