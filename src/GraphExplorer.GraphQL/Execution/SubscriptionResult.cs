namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The outcome of Subscribe (spec §6.2.3): either a request error (an invalid document, variables that do not coerce,
/// an operation over the cost limit, a source stream that could not be created) or the response stream, one
/// <see cref="ExecutionResult"/> per source event. The stream ends when the source ends or the caller cancels.
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(ExecutionResult? error, IAsyncEnumerable<ExecutionResult>? events)
    {
        Error = error;
        Events = events;
    }

    /// <summary>The request error; null when the subscription started.</summary>
    public ExecutionResult? Error { get; }

    /// <summary>The response stream (MapSourceToResponseEvent); null when <see cref="Error"/> is set.</summary>
    public IAsyncEnumerable<ExecutionResult>? Events { get; }

    public static SubscriptionResult Failed(ExecutionResult error) => new(error, null);

    public static SubscriptionResult Started(IAsyncEnumerable<ExecutionResult> events) => new(null, events);
}
