namespace GraphExplorer.QueryApi;

/// <summary>A request the Query API cannot accept (bad body, bad parameter); answered as <c>Neo.ClientError.Request.Invalid</c>.</summary>
internal sealed class QueryApiRequestException(string message) : Exception(message);
