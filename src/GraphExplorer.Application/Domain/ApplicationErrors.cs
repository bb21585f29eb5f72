namespace GraphExplorer.Application.Domain;

/// <summary>Builds every error of the application layer, so that codes and wording live in one place.</summary>
public static class ApplicationErrors
{
    public static ExplorerException UnknownId(string id, string? message = null) =>
        new(ApplicationErrorCode.NotFound, message ?? $"No entity with id '{id}'.", id);

    public static ExplorerException InvalidArgument(string path, string message) =>
        new(ApplicationErrorCode.InvalidArgument, $"{path}: {message}", path);

    public static ExplorerException ValidationFailed(string path, string message) =>
        new(ApplicationErrorCode.ValidationFailed, $"{path}: {message}", path);

    /// <summary>A rollback refused: <paramref name="message"/> names the later batches and the items they touched.</summary>
    public static ExplorerException Conflict(string target, string message) => new(ApplicationErrorCode.Conflict, message, target);

    /// <summary>Search asked of a database without its full-text index (a folder loaded without <c>cypher/001_search_index.cypher</c>).</summary>
    public static ExplorerException SearchIndexMissing(string index) => new(ApplicationErrorCode.NotReady,
        $"Search needs the full-text index '{index}', which this database does not have. A steward creates it by loading " +
        "cypher/001_search_index.cypher (`load`), or the server does at start with Seed:LoadOnStart=true.", index);

    public static ExplorerException Unauthorized(string message) => new(ApplicationErrorCode.Unauthorized, message);

    /// <summary>A refused <c>after</c> or <c>before</c> cursor; <paramref name="code"/> says why (see <c>Listing.CursorCodec</c>).</summary>
    public static ExplorerException Cursor(ApplicationErrorCode code, string path, string message) => new(code, $"{path}: {message}", path);
}
