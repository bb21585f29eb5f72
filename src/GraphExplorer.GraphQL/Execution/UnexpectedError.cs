namespace GraphExplorer.GraphQL.Execution;

/// <summary>An unexpected resolver failure handed to the logging callback.</summary>
public sealed record UnexpectedError(Exception Exception, string CorrelationId, IReadOnlyList<object> Path);
