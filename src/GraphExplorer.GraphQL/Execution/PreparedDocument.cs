using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>A parsed document with its validation errors (or the syntax error); immutable and shareable.</summary>
public sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors)
{
    public bool IsValid => Document is not null && Errors.Count == 0;
}
