namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// Resolves a subscription root field's source stream (spec §6.2.3.1 ResolveFieldEventStream): each item is one event,
/// executed as the root value of the subscription's selection set. The stream ends when the subscriber's cancellation
/// token (<see cref="IResolveContext.CancellationToken"/>) is cancelled or the source has no more events.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SourceStreamResolver(IResolveContext context);
