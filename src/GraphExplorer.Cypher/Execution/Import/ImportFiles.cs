using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Cypher.Syntax.Ast;

namespace GraphExplorer.Cypher.Execution.Import;

/// <summary>
/// Which file a LOAD CSV URL names, by Neo4j's rule for <c>server.directories.import</c>: <c>file:///a/b.csv</c> is
/// <c>a/b.csv</c> under the import directory, and nothing outside that directory is readable, through <c>..</c>,
/// escaped separators or a symbolic link alike. Remote URLs (http, https, ftp) are refused: the engine reads files only.
/// </summary>
internal static class ImportFiles
{
    public static string Resolve(string? importDirectory, string url, SyntaxNode at)
    {
        // Checked on the text, not only on the parsed URI: .NET reads a bare absolute path ("/etc/passwd") as a file URI.
        if (!url.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeFile
            || !string.IsNullOrEmpty(uri.Host))
        {
            throw CypherErrors.NotAFileUrl(url, at);
        }

        if (importDirectory is null)
        {
            throw CypherErrors.NoImportDirectory(url, at);
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(importDirectory));
        var relative = Uri.UnescapeDataString(uri.AbsolutePath).TrimStart('/', '\\');
        var path = Path.GetFullPath(relative, root);
        if (!IsWithin(path, root))
        {
            throw CypherErrors.OutsideImportDirectory(url, at);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw CypherErrors.ImportFileNotFound(url, path, at);
        }

        if (file.ResolveLinkTarget(returnFinalTarget: true) is { } target && !IsWithin(Path.GetFullPath(target.FullName), root))
        {
            throw CypherErrors.OutsideImportDirectory(url, at);
        }

        return path;
    }

    private static bool IsWithin(string path, string root) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
