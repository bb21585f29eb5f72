namespace GraphExplorer.GraphQL.Validation;

/// <summary>
/// Which protective rules run besides the spec's rules, and their limits. Protective rules are separate from the
/// spec rules (<see cref="SpecifiedRules"/>) and only run when configured. Immutable.
/// </summary>
public sealed record ValidationOptions
{
    public static readonly ValidationOptions Default = new();

    /// <summary>Maximum field nesting depth of an operation (fragments expanded); null disables the check.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>Maximum estimated cost of an operation; null disables the check. The default admits graphql-js's full
    /// introspection query (about 52,000 with the default list size).</summary>
    public int? MaxCost { get; init; } = 100_000;

    /// <summary>Assumed size of a list or connection without a <c>first</c>/<c>last</c>/<c>limit</c> argument or default,
    /// for the cost estimate (see CostLimitRule).</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>When false, selecting <c>__schema</c> or <c>__type</c> is rejected.</summary>
    public bool IntrospectionEnabled { get; init; } = true;
}
