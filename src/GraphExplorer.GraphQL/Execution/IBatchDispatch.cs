namespace GraphExplorer.GraphQL.Execution;

/// <summary>A loader with keys waiting for a batch call.</summary>
internal interface IBatchDispatch
{
    Task DispatchAsync(CancellationToken cancellationToken);
}
