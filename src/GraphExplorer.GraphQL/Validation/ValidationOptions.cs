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

    /// <summary>When false, selecting <c>__schema</c> or <c>__type</c> is rejected.</summary>
    public bool IntrospectionEnabled { get; init; } = true;
}
