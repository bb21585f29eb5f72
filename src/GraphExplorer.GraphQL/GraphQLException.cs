namespace GraphExplorer.GraphQL;

/// <summary>
/// An error meant for the user of the API: its message and <c>extensions.code</c> are shown in the response as they are.
/// Resolvers throw it (or a subclass) for expected failures; any other exception thrown by a resolver is reported as
/// "Unexpected error." and handed to the logging callback instead.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string code = ErrorCodes.UserError, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    public GraphQLException(string message, string code, Exception inner)
        : base(message, inner)
    {
        Code = code;
    }

    /// <summary>Stable machine-readable code written to <c>extensions.code</c>.</summary>
    public string Code { get; }

    /// <summary>Extra entries for <c>extensions</c> (besides <c>code</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>Locations of the error in the request document, when known.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; init; }
}
