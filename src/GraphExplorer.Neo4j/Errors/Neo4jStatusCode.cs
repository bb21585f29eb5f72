namespace GraphExplorer.Neo4j.Errors;

/// <summary>
/// A Neo4j status code, <c>Neo.{Classification}.{Category}.{Title}</c> (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>).
/// Classification is ClientError (the request must change), TransientError (the same request may succeed later) or
/// DatabaseError (the server failed).
/// </summary>
internal readonly record struct Neo4jStatusCode(string Code, string Classification, string Category, string Title)
{
    public bool IsClientError => Classification == "ClientError";

    public bool IsTransientError => Classification == "TransientError";

    public bool IsDatabaseError => Classification == "DatabaseError";

    /// <summary>Splits a code; a code of another shape keeps its whole text as the title.</summary>
    public static Neo4jStatusCode Parse(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return new Neo4jStatusCode("Neo.DatabaseError.General.UnknownError", "DatabaseError", "General", "UnknownError");
        }

        var parts = code.Split('.');
        return parts.Length == 4 && parts[0] == "Neo"
            ? new Neo4jStatusCode(code, parts[1], parts[2], parts[3])
            : new Neo4jStatusCode(code, "DatabaseError", "General", code);
    }

    public override string ToString() => Code;
}
