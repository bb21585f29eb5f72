using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Validation;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>Configuration of a <see cref="GraphQLEngine"/>: parser bounds, validation limits, execution options, cache size.</summary>
public sealed record GraphQLEngineOptions
{
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;

    /// <summary>How many distinct documents the cache keeps (least recently used are evicted).</summary>
    public int DocumentCacheSize { get; init; } = 1000;
}
