namespace GraphExplorer.GraphQL.Execution;

/// <summary>Options of one execution (and defaults for an engine). Immutable.</summary>
public sealed record ExecutionOptions
{
    public static readonly ExecutionOptions Default = new();

    /// <summary>Wall-clock limit of one execution; null for none. When it elapses resolvers see cancellation and the
    /// response carries a TIMEOUT error without data.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Maximum estimated cost of an operation (see <see cref="CostAnalysis"/>), checked before execution with
    /// the request's variables; null disables the check. The default admits graphql-js's full introspection query
    /// (about 52,000 with the default list size).</summary>
    public int? MaxCost { get; init; } = 100_000;

    /// <summary>Assumed size of a list without a slicing argument, a size from its parent or an assumed size of its own,
    /// for the cost estimate.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Called for every resolver exception that is not a <see cref="GraphQLException"/>; the response only
    /// shows "Unexpected error." with the same correlation id. Must be thread-safe.</summary>
    public Action<UnexpectedError>? OnUnexpectedError { get; init; }
}
