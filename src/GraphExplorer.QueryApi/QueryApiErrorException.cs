namespace GraphExplorer.QueryApi;

/// <summary>Carries an <see cref="QueryApiError"/> out of a handler to the answer.</summary>
internal sealed class QueryApiErrorException(QueryApiError error) : Exception(error.Message)
{
    public QueryApiError Error { get; } = error;
}
