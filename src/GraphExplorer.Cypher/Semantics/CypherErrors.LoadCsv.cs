using GraphExplorer.Database;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// The errors of LOAD CSV: a URL it may not read (Neo4j's <c>Neo.ClientError.Statement.ExternalResourceFailed</c>,
/// each naming the URL) and a record it cannot parse (naming the URL and the record's number).
/// </summary>
internal static partial class CypherErrors
{
    private const string ExternalResourceFailedCode = "Neo.ClientError.Statement.ExternalResourceFailed";

    public static CypherException LoadCsvUrlNotString(string typeName, SyntaxNode at) =>
        InvalidArgumentType($"LOAD CSV expects the URL as a String, got {typeName}", at);

    public static CypherException NoImportDirectory(string url, SyntaxNode at) =>
        ExternalResourceFailed(url,
            $"Couldn't load the external resource at: {url} (no import directory is configured, so LOAD CSV reads no files; "
            + "set EmbeddedDatabaseOptions.ImportDirectory, as Neo4j's server.directories.import)", at);

    public static CypherException NotAFileUrl(string url, SyntaxNode at) =>
        ExternalResourceFailed(url,
            $"Couldn't load the external resource at: {url} (this engine reads only file:/// URLs, resolved within the import directory)", at);

    public static CypherException OutsideImportDirectory(string url, SyntaxNode at) =>
        ExternalResourceFailed(url, $"Couldn't load the external resource at: {url} (file URL points outside the configured import directory)", at);

    public static CypherException ImportFileNotFound(string url, string path, SyntaxNode at) =>
        ExternalResourceFailed(url, $"Couldn't load the external resource at: {url} (no file {path})", at);

    /// <param name="record">The number of the record in the file, from 1, the header counted.</param>
    public static CypherException MalformedCsv(string url, long record, string problem, SyntaxNode at) =>
        Build(CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime, "MalformedCsv",
            $"At {url}:{record} (record {record} of the file): the CSV is malformed: {problem}", at);

    private static CypherException ExternalResourceFailed(string url, string message, SyntaxNode at) =>
        WithNeo4jCode(
            Build(CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime, "ExternalResourceFailed", message, at, GqlConditions.ExternalResourceFailed(url)),
            ExternalResourceFailedCode);
}
