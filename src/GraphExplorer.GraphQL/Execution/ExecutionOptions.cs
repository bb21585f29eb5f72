namespace GraphExplorer.GraphQL.Execution;

/// <summary>Options of one execution (and defaults for an engine). Immutable.</summary>
public sealed record ExecutionOptions
{
    public static readonly ExecutionOptions Default = new();

    /// <summary>Wall-clock limit of one execution; null for none. When it elapses resolvers see cancellation and the
    /// response carries a TIMEOUT error without data.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Called for every resolver exception that is not a <see cref="GraphQLException"/>; the response only
    /// shows "Unexpected error." with the same correlation id. Must be thread-safe.</summary>
    public Action<UnexpectedError>? OnUnexpectedError { get; init; }
}
