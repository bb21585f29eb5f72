namespace GraphExplorer.GraphQL.Language;

/// <summary>
/// A document that is not valid GraphQL syntax. <see cref="Exception.Message"/> is graphql-js's one-line form
/// (<c>Syntax Error: Expected Name, found "}".</c>); <see cref="Excerpt"/> shows the offending source line with a caret.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    internal GraphQLSyntaxException(string message, int line, int column, string? token, string excerpt)
        : base(message, ErrorCodes.SyntaxError)
    {
        Line = line;
        Column = column;
        Token = token;
        Excerpt = excerpt;
        Locations = [new SourceLocation(line, column)];
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Description of the offending token (e.g. <c>"}"</c>), or null when the error is inside a token.</summary>
    public string? Token { get; }

    /// <summary>The source line (with its neighbours) and a caret under the error column.</summary>
    public string Excerpt { get; }

    public override string ToString() => $"{Message}\n\nGraphQL request:{Line}:{Column}\n{Excerpt}";
}
